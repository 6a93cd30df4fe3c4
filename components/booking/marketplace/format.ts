/** Distance for a result card: metres under 1 km, one decimal under 10 km, else whole km. */
export function formatDistance(km: number, locale: string): string {
  if (km < 1) {
    const metres = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return new Intl.NumberFormat(locale, { style: "unit", unit: "meter" }).format(metres);
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "kilometer",
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

/**
 * Money in minor units in its own currency; whole amounts drop the decimals ("€15", not
 * "€15.00"), which reads better on a price list.
 */
export function formatPrice(minor: number, currency: string, locale: string): string {
  const probe = new Intl.NumberFormat(locale, { style: "currency", currency });
  const decimals = probe.resolvedOptions().maximumFractionDigits ?? 2;
  const amount = minor / 10 ** decimals;
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : decimals,
    maximumFractionDigits: decimals,
  }).format(amount);
}

/** A rating average with one decimal: 4 → "4.0" (sq: "4,0"). */
export function formatRating(average: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}

/** "1 h 30 min", "45 min", "2 h" with the locale's unit words. */
export function formatDuration(minutes: number, locale: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: "hour" | "minute") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "short" }).format(
      value,
    );
  if (hours === 0) return unit(rest, "minute");
  return rest === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} ${unit(rest, "minute")}`;
}

/** OpenStreetMap, centred on the point with a marker. */
export function openStreetMapUrl(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(5);
  const lng = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}
