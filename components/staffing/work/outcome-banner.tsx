import { CircleCheck, CircleMinus, Hourglass, LogIn, LogOut } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export type OutcomeTone = "success" | "info" | "neutral";

const TONES: Record<OutcomeTone, string> = {
  success:
    "border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100",
  info: "border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-100",
  neutral: "border-border bg-muted text-foreground",
};

const ICONS = {
  confirmed: CircleCheck,
  available: Hourglass,
  declined: CircleMinus,
  clockIn: LogIn,
  clockOut: LogOut,
};

/** What the worker's last tap did, said plainly at the top of the page. */
export function OutcomeBanner({
  kind,
  tone,
  title,
  children,
}: {
  kind: keyof typeof ICONS;
  tone: OutcomeTone;
  title: string;
  children?: ReactNode;
}) {
  const Icon = ICONS[kind];
  return (
    <div
      role="status"
      data-testid="outcome"
      data-outcome={kind}
      className={cn("mb-6 flex gap-3 rounded-lg border p-4", TONES[tone])}
    >
      <Icon className="mt-0.5 size-6 shrink-0" aria-hidden />
      <div className="grid gap-1">
        <p className="text-base font-semibold">{title}</p>
        {children && <div className="text-sm opacity-90">{children}</div>}
      </div>
    </div>
  );
}
