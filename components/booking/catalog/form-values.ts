/**
 * Pure helpers shared by the catalogue editors (browser) and their form schemas (server):
 * prices typed in major units, reminder hours typed as a list, and how the week editor
 * posts its ranges and level.
 */

/** How many minor units a major unit has in this currency (EUR 2, JPY 0, BHD 3). */
export function currencyDecimals(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/**
 * A price typed in major units ("15", "15.5", "15,50", "1 200.00") as minor units; NaN when
 * it is not a plain amount or has more decimals than the currency has.
 */
export function parsePriceMinor(text: string | undefined, currency: string): number {
  const cleaned = (text ?? "")
    .trim()
    .replace(/[\s\u00a0']/g, "")
    .replace(",", ".");
  const decimals = currencyDecimals(currency);
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return NaN;
  const fraction = match[2] ?? "";
  if (fraction.length > decimals) return NaN;
  return Number(match[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, "0") || "0");
}

/** Minor units back into the text the price input shows ("1550" EUR → "15.50"). */
export function formatPriceInput(minor: number, currency: string): string {
  const decimals = currencyDecimals(currency);
  return decimals === 0 ? String(minor) : (minor / 10 ** decimals).toFixed(decimals);
}

/** "24, 1" → [24, 1]; a part that is not a whole number becomes NaN (a field error). */
export function parseReminderHours(text: string | undefined): number[] {
  return (text ?? "")
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
}

// ── Hours ───────────────────────────────────────────────────────────────────

export const HOURS_KINDS = ["open", "break"] as const;
export interface HoursRow {
  weekday: number;
  kind: (typeof HOURS_KINDS)[number];
  opensAt: string;
  closesAt: string;
}

/** One range as the week editor posts it: `weekday|kind|opensAt|closesAt`. */
export const encodeRange = (range: HoursRow) =>
  `${range.weekday}|${range.kind}|${range.opensAt}|${range.closesAt}`;

/** The posted ranges, in the API's shape; malformed parts are left for zod to name. */
export function parseRanges(values: string[]) {
  return values.map((value) => {
    const [weekday, kind, opensAt, closesAt] = value.split("|");
    return { weekday: Number(weekday), kind, opensAt, closesAt };
  });
}

/** The level select: "business", "employee:<id>" or "service:<id>". */
export function parseLevel(value: string | undefined): {
  employeeId: string | null;
  serviceId: string | null;
} {
  const [kind, id] = (value ?? "business").split(":");
  if (kind === "employee") return { employeeId: id ?? "", serviceId: null };
  if (kind === "service") return { employeeId: null, serviceId: id ?? "" };
  return { employeeId: null, serviceId: null };
}

/** The stored rows of one level ("business", "employee:<id>", "service:<id>"), for editing. */
export function levelRows(
  entries: {
    employeeId: string | null;
    serviceId: string | null;
    weekday: number;
    opensAt: string;
    closesAt: string;
    kind: string;
  }[],
  level: string,
): HoursRow[] {
  const { employeeId, serviceId } = parseLevel(level);
  return entries
    .filter((entry) => entry.employeeId === employeeId && entry.serviceId === serviceId)
    .map((entry) => ({
      weekday: entry.weekday,
      kind: entry.kind === "break" ? "break" : "open",
      opensAt: entry.opensAt.slice(0, 5),
      closesAt: entry.closesAt.slice(0, 5),
    }));
}

/** Tuesday to Friday get Monday's ranges and breaks; the weekend stays as it was. */
export function copyMondayToWeekdays(week: HoursRow[]): HoursRow[] {
  const monday = week.filter((row) => row.weekday === 1);
  const kept = week.filter((row) => row.weekday === 1 || row.weekday >= 6);
  const copies = [2, 3, 4, 5].flatMap((weekday) => monday.map((row) => ({ ...row, weekday })));
  return [...kept, ...copies].sort((a, b) => a.weekday - b.weekday);
}
