import { ValidationError } from "@/lib/errors";
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS } from "./availability.schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes the zone is ahead of UTC at this instant (Tirane in summer: 120). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)!.value);
  const wallAsUtc = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return Math.round((wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall time (`YYYY-MM-DD`, `HH:mm`, plus `days`) has in a time zone (a time
 * that a spring-forward skips resolves to an instant an hour away).
 */
export function zonedWallTime(date: string, time: string, timeZone: string, days = 0): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day + days, hour, minute);
  // The offset at the guess, then at the corrected instant (they differ on a DST day).
  const guess = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000);
}

/** The instant a calendar day (`YYYY-MM-DD`, plus `days`) starts in a time zone. */
export function startOfZonedDay(date: string, timeZone: string, days = 0): Date {
  return zonedWallTime(date, "00:00", timeZone, days);
}

/**
 * The API's `from`/`to` as instants: dates are whole days in the business's zone (`to`
 * through the end of its day), instants stay as given; `from` defaults to now, `to` to a
 * week later. 422 when `to` is not after `from` or the window is longer than a month.
 */
export function resolveAvailabilityWindow(
  query: { from?: string; to?: string },
  timeZone: string,
  now: Date,
): { from: Date; to: Date } {
  const edge = (value: string, endOfDay: boolean) =>
    DATE_ONLY.test(value) ? startOfZonedDay(value, timeZone, endOfDay ? 1 : 0) : new Date(value);
  const from = query.from ? edge(query.from, false) : now;
  const to = query.to
    ? edge(query.to, true)
    : new Date(from.getTime() + DEFAULT_WINDOW_DAYS * DAY_MS);
  if (to <= from) {
    throw new ValidationError({ to: ["booking.availability.toBeforeFrom"] });
  }
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS + 2 * 60 * 60 * 1000) {
    // (two hours of slack: a month of whole days across a DST change is a few hours longer)
    throw new ValidationError({ to: ["booking.availability.rangeTooLong"] });
  }
  return { from, to };
}
