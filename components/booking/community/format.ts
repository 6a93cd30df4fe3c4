import type { Locale } from "@/lib/i18n/config";

/** A date (and time) as people read it in their language, in the business's zone. */
export function formatDate(iso: string, locale: Locale, timeZone?: string, withTime = false) {
  return new Intl.DateTimeFormat(locale === "sq" ? "sq-AL" : "en-GB", {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** An average to one decimal ("4.7"), or null when nothing was rated yet. */
export function formatAverage(average: number | null, locale: Locale): string | null {
  if (average === null) return null;
  return new Intl.NumberFormat(locale === "sq" ? "sq-AL" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}
