import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";

/**
 * Call times are entered as a date and a wall-clock time in the location's IANA zone and
 * stored as instants (timestamptz). `@date-fns/tz` supplies the zone offsets (from the
 * platform's Intl data); the choice between candidate instants is made here because
 * `TZDate`'s own choice in an overlap depends on the zone (it takes the earlier instant in
 * New York but the later one for Lord Howe's half-hour fall-back), and call times need one
 * rule everywhere:
 * - a wall time that does not exist (spring-forward gap) moves forward by the gap's length:
 *   02:30 on the New York spring-forward night is 03:30 EDT;
 * - a wall time that exists twice (fall-back overlap) is the earlier instant: 01:30 on the
 *   New York fall-back night is 01:30 EDT (05:30Z), not 01:30 EST.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface ZonedWallTime {
  /** yyyy-MM-dd */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
}

/** The zone's offset from UTC at `instant`, in minutes (New York in winter: -300). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  assertTimeZone(timeZone);
  return tzOffset(timeZone, instant);
}

/** The instant of `date` at wall-clock `time` in `timeZone` (gap: forward; overlap: earlier). */
export function zonedWallTimeToInstant(date: string, time: string, timeZone: string): Date {
  assertTimeZone(timeZone);
  const dateMatch = DATE_PATTERN.exec(date);
  const timeMatch = TIME_PATTERN.exec(time);
  if (!dateMatch || !timeMatch) throw new RangeError(`Invalid wall time "${date} ${time}"`);
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  // The wall time read as if it were UTC; the real instant is this minus the zone's offset.
  const wallAsUtc = Date.UTC(year, month - 1, day, Number(timeMatch[1]), Number(timeMatch[2]));
  const asUtc = new Date(wallAsUtc);
  if (asUtc.getUTCFullYear() !== year || asUtc.getUTCMonth() !== month - 1) {
    throw new RangeError(`Invalid date "${date}"`);
  }

  // No zone shifts more than once within a day either side, so the offsets a day before and
  // a day after are the only candidates.
  const offsetBefore = tzOffset(timeZone, new Date(wallAsUtc - DAY_MS));
  const offsetAfter = tzOffset(timeZone, new Date(wallAsUtc + DAY_MS));
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset * MINUTE_MS)
    .filter((instant) => wallAsUtc - tzOffset(timeZone, new Date(instant)) * MINUTE_MS === instant);
  if (matching.length > 0) return new Date(Math.min(...matching));
  // In a gap: reading the wall time with the offset in force before the gap lands as far
  // past the gap's end as the wall time was past its start.
  return new Date(wallAsUtc - offsetBefore * MINUTE_MS);
}

/** The date and wall-clock time of `instant` in `timeZone`. */
export function instantToZonedWallTime(instant: Date, timeZone: string): ZonedWallTime {
  assertTimeZone(timeZone);
  const zoned = new TZDate(instant.getTime(), timeZone);
  return { date: format(zoned, "yyyy-MM-dd"), time: format(zoned, "HH:mm") };
}
