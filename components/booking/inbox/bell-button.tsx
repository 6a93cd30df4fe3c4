"use client";

import { Bell, type LucideIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";

/**
 * A top-bar bell with its unread badge (99+ past 99). The accessible name comes from the
 * caller (it says the count); the badge itself is hidden from screen readers. Shared by the
 * bells so they look and behave alike; Radix triggers pass their props and ref through.
 */
export function BellButton({
  unread,
  label,
  countTestId,
  icon: Icon = Bell,
  ...props
}: {
  unread: number;
  label: string;
  countTestId?: string;
  /** Another icon where two bells sit side by side. */
  icon?: LucideIcon;
} & ComponentProps<typeof Button>) {
  return (
    <Button
      variant="ghost"
      size="icon"
      className="relative"
      aria-label={label}
      title={label}
      {...props}
    >
      <Icon aria-hidden />
      {unread > 0 && (
        <span
          aria-hidden
          data-testid={countTestId}
          className="absolute -right-0.5 -top-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] font-semibold leading-none text-destructive-foreground"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Button>
  );
}
