"use client";

import { useEffect, useState } from "react";
import { cn } from "@/lib/utils/cn";

export interface SettingsNavItem {
  id: string;
  label: string;
}

/**
 * Links to the page's sections, sticky under the top bar; a row that scrolls sideways on
 * phones. The section being read is marked as the current location.
 */
export function SettingsNav({ items, label }: { items: SettingsNavItem[]; label: string }) {
  const [active, setActive] = useState(items[0]?.id);

  useEffect(() => {
    const sections = items
      .map((item) => document.getElementById(item.id))
      .filter((element): element is HTMLElement => element !== null);
    const visible = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) visible.set(entry.target.id, entry.isIntersecting);
        const first = sections.find((section) => visible.get(section.id));
        if (first) setActive(first.id);
      },
      // The band below the sticky header: a section counts once its top passes it.
      { rootMargin: "-120px 0px -55% 0px" },
    );
    for (const section of sections) observer.observe(section);
    return () => observer.disconnect();
  }, [items]);

  return (
    <nav
      aria-label={label}
      className="sticky top-14 z-20 -mx-4 mb-6 border-b bg-background/90 px-4 backdrop-blur"
    >
      <ul className="-mb-px flex gap-1 overflow-x-auto [scrollbar-width:none]">
        {items.map((item) => (
          <li key={item.id} className="shrink-0">
            <a
              href={`#${item.id}`}
              aria-current={active === item.id ? "location" : undefined}
              onClick={() => setActive(item.id)}
              className={cn(
                "inline-flex h-10 items-center border-b-2 px-2.5 text-sm whitespace-nowrap transition-colors focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                active === item.id
                  ? "border-primary font-medium text-foreground"
                  : "border-transparent text-muted-foreground hover:text-foreground",
              )}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
