import { useTranslations } from "next-intl";
import type { TRequestCounts } from "@/lib/staffing/requests.schemas";
import { cn } from "@/lib/utils/cn";

export const COUNTER_KINDS = ["pending", "available", "confirmed", "declined", "unfilled"] as const;
export type CounterKind = (typeof COUNTER_KINDS)[number];

/** Pending = asked and not answered yet: queued (not sent) and sent. */
export function counterValues(counts: TRequestCounts): Record<CounterKind, number> {
  return {
    pending: counts.queued + counts.sent,
    available: counts.available,
    confirmed: counts.confirmed,
    declined: counts.declined,
    unfilled: counts.unfilled,
  };
}

const TONES: Record<CounterKind, string> = {
  pending: "text-amber-700 dark:text-amber-300",
  available: "text-blue-700 dark:text-blue-300",
  confirmed: "text-green-700 dark:text-green-300",
  declined: "text-muted-foreground",
  unfilled: "text-foreground",
};

/**
 * The five numbers of a requirement (or a whole event) as a definition list; each number
 * has a stable test id, `counter-<kind>-<id>`, for the end-to-end journey.
 */
export function Counters({
  counts,
  id,
  needed,
  className,
}: {
  counts: TRequestCounts;
  /** The requirement's (or event's) id in the test ids. */
  id: string;
  needed?: number;
  className?: string;
}) {
  const t = useTranslations("staffingEvents.counters");
  const values = counterValues(counts);
  return (
    <dl
      className={cn(
        "grid grid-cols-5 gap-px overflow-hidden rounded-md border bg-border",
        className,
      )}
    >
      {COUNTER_KINDS.map((kind) => (
        <div key={kind} className="grid min-w-0 gap-0.5 bg-card px-1 py-1.5 text-center sm:px-3">
          <dt className="text-[10px] leading-tight font-medium break-words sm:text-[11px] text-muted-foreground sm:uppercase sm:tracking-wide">
            {t(kind)}
          </dt>
          <dd
            className={cn(
              "text-lg font-semibold tabular-nums",
              TONES[kind],
              kind === "unfilled" && values.unfilled === 0 && "text-green-700 dark:text-green-300",
            )}
          >
            <span data-testid={`counter-${kind}-${id}`}>{values[kind]}</span>
            {kind === "confirmed" && needed !== undefined && (
              <span className="text-xs font-normal text-muted-foreground">/{needed}</span>
            )}
          </dd>
          {kind === "pending" && counts.queued > 0 && (
            <dd className="truncate text-[11px] text-muted-foreground">
              {t("notSent", { count: counts.queued })}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
