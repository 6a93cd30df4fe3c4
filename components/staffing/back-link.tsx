import { ChevronLeft } from "lucide-react";
import Link from "next/link";

/** Up one level, above a detail or form page's header. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className="mb-3 inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      <ChevronLeft className="size-4" aria-hidden />
      {label}
    </Link>
  );
}
