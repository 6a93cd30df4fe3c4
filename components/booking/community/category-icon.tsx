"use client";

import { Shapes } from "lucide-react";
import { DynamicIcon, type IconName, iconNames } from "lucide-react/dynamic";
import { cn } from "@/lib/utils/cn";

const KNOWN = new Set<string>(iconNames);

/** A category's lucide icon by name; an unknown or empty name shows a neutral shape. */
export function CategoryIcon({ name, className }: { name: string | null; className?: string }) {
  const classes = cn("size-4 shrink-0 text-muted-foreground", className);
  if (!name || !KNOWN.has(name)) return <Shapes className={classes} aria-hidden />;
  return (
    <DynamicIcon
      name={name as IconName}
      className={classes}
      aria-hidden
      fallback={() => <Shapes className={classes} aria-hidden />}
    />
  );
}

export const isKnownIcon = (name: string) => KNOWN.has(name);
