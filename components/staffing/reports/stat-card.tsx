import type { LucideIcon } from "lucide-react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils/cn";

/** One figure of a report: label, value and a line of context. */
export function StatCard({
  icon: Icon,
  label,
  value,
  note,
  hideNoteOnPhones,
}: {
  icon: LucideIcon;
  label: string;
  value: string;
  note?: string;
  /** For rows of three on a phone, where a sentence per card does not fit. */
  hideNoteOnPhones?: boolean;
}) {
  return (
    <Card className="grid content-start gap-1 p-3 sm:p-4">
      <div className="flex items-center gap-2 text-xs font-medium text-muted-foreground">
        <Icon className="size-4 shrink-0" aria-hidden />
        <span className="truncate">{label}</span>
      </div>
      <div className="text-xl font-semibold tabular-nums tracking-tight sm:text-2xl">{value}</div>
      {note && (
        <div className={cn("text-xs text-muted-foreground", hideNoteOnPhones && "hidden sm:block")}>
          {note}
        </div>
      )}
    </Card>
  );
}
