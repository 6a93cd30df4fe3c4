import { cn } from "@/lib/utils/cn";

/**
 * A worker's reliability as a percentage with a small bar: green from 90 %, amber from 70 %,
 * red below. "No record" when nothing counts yet.
 */
export function ReliabilityMeter({
  value,
  locale,
  noRecord,
  className,
}: {
  value: number | null;
  locale: string;
  noRecord: string;
  className?: string;
}) {
  if (value === null) {
    return <span className={cn("text-sm text-muted-foreground", className)}>{noRecord}</span>;
  }
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const tone = value >= 0.9 ? "bg-success" : value >= 0.7 ? "bg-warning" : "bg-destructive";
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <span className="w-10 text-right text-sm tabular-nums">{percent.format(value)}</span>
      <span
        aria-hidden
        className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-muted sm:block"
      >
        <span
          className={cn("block h-full rounded-full", tone)}
          style={{ width: `${value * 100}%` }}
        />
      </span>
    </span>
  );
}
