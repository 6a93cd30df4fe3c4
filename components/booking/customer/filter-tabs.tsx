import Link from "next/link";
import { cn } from "@/lib/utils/cn";

/** Filter chips as links (the filter lives in the URL, so it survives reloads and sharing). */
export function FilterTabs({
  label,
  options,
  testId,
}: {
  label: string;
  options: { href: string; label: string; active: boolean; value: string }[];
  testId?: string;
}) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2" data-testid={testId}>
      {options.map((option) => (
        <Link
          key={option.value}
          href={option.href}
          aria-current={option.active ? "page" : undefined}
          data-value={option.value}
          className={cn(
            "inline-flex h-9 items-center rounded-full border px-4 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2",
            option.active
              ? "border-primary bg-primary text-primary-foreground"
              : "bg-background hover:bg-muted",
          )}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
