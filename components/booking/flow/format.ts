import { localDate } from "@/components/booking/slot-picker-utils";

/** Money in minor units with the currency's own decimals (cents for EUR, none for ALL). */
export function formatPrice(minor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** decimals);
}

/** A calendar day ("YYYY-MM-DD") as "Fri, 4 Dec" (or longer), whatever the server's zone. */
export function formatDay(date: string, locale: string, style: "short" | "long" = "short"): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    weekday: style,
    day: "numeric",
    month: style,
    ...(style === "long" ? { year: "numeric" } : {}),
  }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** An instant's day in a zone, written out: "Friday, 4 December 2026". */
export function formatZonedDay(instant: string, timeZone: string, locale: string): string {
  return formatDay(localDate(instant, timeZone), locale, "long");
}
