import { cn } from "@/lib/utils/cn";

/**
 * How many of the needed positions are confirmed, as a bar with its numbers for screen
 * readers; the same colours as the event page's fill meter (full green, half blue, less amber).
 */
export function FillRateBar({
  needed,
  confirmed,
  label,
  className,
}: {
  needed: number;
  confirmed: number;
  /** Names the bar for screen readers, e.g. "Summer Festival: 5 of 8 filled". */
  label: string;
  className?: string;
}) {
  const ratio = needed > 0 ? Math.min(confirmed / needed, 1) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={needed}
      aria-valuenow={Math.min(confirmed, needed)}
      className={cn("h-2 w-full overflow-hidden rounded-full bg-muted", className)}
    >
      <div
        className={cn(
          "h-full rounded-full transition-[width]",
          ratio >= 1 ? "bg-green-600" : ratio >= 0.5 ? "bg-blue-600" : "bg-amber-500",
        )}
        style={{ width: `${Math.round(ratio * 100)}%` }}
      />
    </div>
  );
}
