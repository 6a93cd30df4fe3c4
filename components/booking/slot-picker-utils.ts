/**
 * Pure helpers of the slot grid and the booking stepper: local times and days in the
 * business's zone, the morning/afternoon/evening groups and the day strip. No React here, so
 * the server page, the client grid and the unit tests share one implementation.
 */

export type DayPeriod = "morning" | "afternoon" | "evening";

export interface SlotView {
  /** The instant, as the availability query gives it (UTC ISO). */
  iso: string;
  /** The local start in the business's zone, "10:00". */
  label: string;
}

export interface SlotGroup {
  period: DayPeriod;
  slots: SlotView[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function parts(instant: Date, timeZone: string) {
  const formatted = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    formatted.find((entry) => entry.type === type)!.value;
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    hour: Number(part("hour")),
    time: `${part("hour")}:${part("minute")}`,
  };
}

/** The wall-clock start in a zone, 24-hour "HH:mm" (the slot button's accessible name). */
export function localTime(instant: string | Date, timeZone: string): string {
  return parts(new Date(instant), timeZone).time;
}

/** The calendar day of an instant in a zone, "YYYY-MM-DD". */
export function localDate(instant: string | Date, timeZone: string): string {
  return parts(new Date(instant), timeZone).date;
}

/** Before noon is morning, until 17:00 afternoon, after that evening. */
export function periodOf(hour: number): DayPeriod {
  if (hour < 12) return "morning";
  if (hour < 17) return "afternoon";
  return "evening";
}

/** Slots of one day in order, grouped by part of the day (empty groups left out). */
export function groupSlots(slots: string[], timeZone: string): SlotGroup[] {
  const groups = new Map<DayPeriod, SlotView[]>([
    ["morning", []],
    ["afternoon", []],
    ["evening", []],
  ]);
  for (const iso of [...slots].sort()) {
    const local = parts(new Date(iso), timeZone);
    groups.get(periodOf(local.hour))!.push({ iso, label: local.time });
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([period, list]) => ({ period, slots: list }));
}

/** Only the slots whose local day (business zone) is `date`. */
export function slotsOnDay(slots: string[], date: string, timeZone: string): string[] {
  return slots.filter((iso) => localDate(iso, timeZone) === date);
}

/** Calendar arithmetic on "YYYY-MM-DD" (no zone involved: a day is a day). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export const isDateOnly = (value: unknown): value is string =>
  typeof value === "string" && DATE_ONLY.test(value) && !Number.isNaN(Date.parse(value));

export interface DayStrip {
  /** The selected day, clamped into [today, last bookable day]. */
  selected: string;
  days: string[];
  /** The first day of the previous / next week's strip, or null at either end. */
  previousWeek: string | null;
  nextWeek: string | null;
}

/**
 * The days shown above the slot grid: `length` days from the week that holds the selected
 * day (weeks counted from today), never before today nor past the business's horizon.
 */
export function dayStrip(input: {
  today: string;
  selected?: string | null;
  horizonDays: number;
  length?: number;
}): DayStrip {
  const length = input.length ?? 14;
  const lastDay = addDays(input.today, Math.max(0, input.horizonDays));
  let selected = isDateOnly(input.selected) ? input.selected : input.today;
  if (selected < input.today) selected = input.today;
  if (selected > lastDay) selected = lastDay;
  const week = Math.floor(daysBetween(input.today, selected) / 7);
  const start = addDays(input.today, week * 7);
  const days: string[] = [];
  for (let offset = 0; offset < length; offset += 1) {
    const day = addDays(start, offset);
    if (day > lastDay) break;
    days.push(day);
  }
  const nextStart = addDays(start, 7);
  return {
    selected,
    days,
    previousWeek: week > 0 ? addDays(start, -7) : null,
    nextWeek: nextStart <= lastDay ? nextStart : null,
  };
}

/** The customer's time for a slot when their zone shows a different wall time; else null. */
export function customerTime(
  instant: string,
  businessZone: string,
  customerZone: string | null | undefined,
): string | null {
  if (!customerZone || customerZone === businessZone) return null;
  const theirs = localTime(instant, customerZone);
  return theirs === localTime(instant, businessZone) ? null : theirs;
}

/** `?service=a&service=b` or `?service=a,b`: unique ids in the order given. */
export function parseIdList(value: string | string[] | undefined): string[] {
  const raw = (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((entry) => entry.split(","))
    .map((entry) => entry.trim())
    .filter((entry) => /^[0-9a-f-]{36}$/i.test(entry));
  return [...new Set(raw)];
}

/** Hours and minutes of a duration, for "1 h 30 min". */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
