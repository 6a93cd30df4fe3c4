import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";

/**
 * Confirmed of needed places as a short bar with the numbers beside it; the numbers carry
 * the meaning (the bar is decoration for sighted users).
 */
export function FillMeter({
  confirmed,
  needed,
  className,
  testId,
}: {
  confirmed: number;
  needed: number;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("staffingEvents.fill");
  if (needed === 0) {
    return <span className="text-xs text-muted-foreground">{t("noLabor")}</span>;
  }
  const percent = Math.round((confirmed / needed) * 100);
  return (
    <div className={cn("flex items-center gap-2", className)} data-testid={testId}>
      <div className="h-1.5 w-16 shrink-0 overflow-hidden rounded-full bg-muted" aria-hidden>
        <div
          className={cn(
            "h-full rounded-full",
            percent >= 100 ? "bg-green-600" : percent >= 50 ? "bg-blue-600" : "bg-amber-500",
          )}
          style={{ width: `${Math.min(percent, 100)}%` }}
        />
      </div>
      <span className="whitespace-nowrap text-xs tabular-nums">
        {t("rate", { confirmed, needed, percent })}
      </span>
    </div>
  );
}
