/**
 * Money in minor units, shown in the org's currency (USD when none is set). The currency's
 * own number of decimals turns minor units into the amount (cents for EUR, none for JPY).
 */
export function formatMoney(minor: number, currency: string | null | undefined, locale: string) {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency: currency || "USD" });
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** decimals);
}

/** Hours with at most one decimal: 7.5, 12. */
export function formatHours(hours: number, locale: string) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours);
}
