import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { DayStrip as Strip } from "@/components/booking/slot-picker-utils";
import { cn } from "@/lib/utils/cn";
import { formatDay } from "./format";

/**
 * Two weeks of days above the slot grid (never past the business's horizon), each with its
 * number of free times, and previous / next week links. Every day is a link (URL state).
 */
export function DayStrip({
  strip,
  freeCount,
  hrefFor,
}: {
  strip: Strip;
  freeCount: Record<string, number>;
  hrefFor: (date: string) => string;
}) {
  const t = useTranslations("bookingFlowUi.time");
  const locale = useLocale();
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "short" });
  const dayNumber = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric" });
  const asDate = (date: string) => new Date(`${date}T12:00:00Z`);

  return (
    <div className="grid gap-3">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-medium">{t("pickDay")}</h2>
        <div className="flex gap-1">
          {strip.previousWeek ? (
            <Button asChild variant="outline" size="icon">
              <Link
                href={hrefFor(strip.previousWeek)}
                aria-label={t("previousWeek")}
                scroll={false}
              >
                <ChevronLeft aria-hidden />
              </Link>
            </Button>
          ) : (
            <Button variant="outline" size="icon" disabled aria-label={t("previousWeek")}>
              <ChevronLeft aria-hidden />
            </Button>
          )}
          {strip.nextWeek ? (
            <Button asChild variant="outline" size="icon">
              <Link href={hrefFor(strip.nextWeek)} aria-label={t("nextWeek")} scroll={false}>
                <ChevronRight aria-hidden />
              </Link>
            </Button>
          ) : (
            <Button variant="outline" size="icon" disabled aria-label={t("nextWeek")}>
              <ChevronRight aria-hidden />
            </Button>
          )}
        </div>
      </div>
      <ul className="grid grid-cols-7 gap-1.5" data-testid="day-strip">
        {strip.days.map((date) => {
          const count = freeCount[date] ?? 0;
          const selected = date === strip.selected;
          return (
            <li key={date}>
              <Link
                href={hrefFor(date)}
                scroll={false}
                aria-current={selected ? "date" : undefined}
                aria-label={`${formatDay(date, locale, "long")}: ${t("freeCount", { count })}`}
                data-testid="day"
                data-date={date}
                className={cn(
                  "flex min-h-14 flex-col items-center justify-center rounded-md border px-1 py-1.5 text-center transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  selected
                    ? "border-primary bg-primary text-primary-foreground"
                    : "hover:border-primary hover:bg-primary/5",
                  !selected && count === 0 && "text-muted-foreground",
                )}
              >
                <span className="text-[11px] uppercase">{weekday.format(asDate(date))}</span>
                <span className="text-base font-semibold tabular-nums">
                  {dayNumber.format(asDate(date))}
                </span>
                <span
                  className={cn(
                    "mt-0.5 size-1.5 rounded-full",
                    count > 0
                      ? selected
                        ? "bg-primary-foreground"
                        : "bg-success"
                      : "bg-transparent",
                  )}
                  aria-hidden
                />
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
