import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils/cn";

/** One card of the settings page, anchored (`#id`) for the in-page navigation. */
export function SettingsSection({
  id,
  icon: Icon,
  title,
  description,
  danger,
  children,
}: {
  id: string;
  icon: LucideIcon;
  title: string;
  description: string;
  /** The delete-account card: red border and heading. */
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    // Scrolled-to sections stop below the sticky top bar and section links.
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-32">
      <Card className={cn("p-5 sm:p-6", danger && "border-destructive/50")}>
        <header className="mb-5 flex items-start gap-3">
          <div
            className={cn(
              "flex size-9 shrink-0 items-center justify-center rounded-md bg-muted",
              danger && "bg-destructive/10 text-destructive",
            )}
          >
            <Icon className="size-4" aria-hidden />
          </div>
          <div className="min-w-0">
            <h2
              id={`${id}-title`}
              className={cn("text-base font-semibold leading-tight", danger && "text-destructive")}
            >
              {title}
            </h2>
            <p className="mt-1 text-sm text-muted-foreground">{description}</p>
          </div>
        </header>
        {children}
      </Card>
    </section>
  );
}

/** A titled part of a section (Password, Phone…); parts sit in a `grid gap-5`, divided by rules. */
export function SettingsPart({
  title,
  description,
  aside,
  children,
}: {
  title: string;
  description?: ReactNode;
  /** A status badge shown next to the title. */
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="border-t pt-5 first:border-t-0 first:pt-0">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        {aside}
      </div>
      {description && <p className="-mt-1 mb-3 text-sm text-muted-foreground">{description}</p>}
      {children}
    </div>
  );
}
