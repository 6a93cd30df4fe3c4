"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export interface NavItem {
  href: string;
  label: string;
  /** Rendered on the server (an element, not a component: functions cannot cross to the client). */
  icon: ReactNode;
  /** Also active on pages below `href` (e.g. /manage/staffing/workers/new for Workers). */
  matchNested?: boolean;
}

export function NavLink({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const pathname = usePathname();
  const active =
    pathname === item.href || (item.matchNested === true && pathname.startsWith(`${item.href}/`));
  return (
    <Link
      href={item.href}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex h-9 items-center gap-2 rounded-md px-2 text-sm transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
        active
          ? "bg-muted font-medium text-foreground"
          : "text-muted-foreground hover:bg-muted hover:text-foreground",
      )}
    >
      <span className="[&_svg]:size-4" aria-hidden>
        {item.icon}
      </span>
      {item.label}
    </Link>
  );
}
