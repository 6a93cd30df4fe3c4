import { TZDate } from "@date-fns/tz";
import type { TPublicHours } from "@/lib/booking/hours.schemas";

export interface TimeRange {
  opensAt: string;
  closesAt: string;
}

export interface WeekdayHours {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  open: TimeRange[];
  breaks: TimeRange[];
}

/** "09:00:00" → "09:00". */
export const shortTime = (time: string) => time.slice(0, 5);

/** The business-level week (employee and service rows are for availability, not the sign). */
export function weekOf(hours: TPublicHours["hours"]): WeekdayHours[] {
  const week = Array.from({ length: 7 }, (_, index) => ({
    weekday: index + 1,
    open: [] as TimeRange[],
    breaks: [] as TimeRange[],
  }));
  for (const entry of hours) {
    if (entry.employeeId !== null || entry.serviceId !== null) continue;
    const day = week[entry.weekday - 1];
    if (!day) continue;
    const range = { opensAt: shortTime(entry.opensAt), closesAt: shortTime(entry.closesAt) };
    (entry.kind === "break" ? day.breaks : day.open).push(range);
  }
  for (const day of week) {
    day.open.sort((a, b) => a.opensAt.localeCompare(b.opensAt));
    day.breaks.sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  }
  return week;
}

/** The ISO weekday and "HH:mm" wall time at `now` in the zone. */
export function localClock(timeZone: string, now: Date): { weekday: number; time: string } {
  const local = new TZDate(now.getTime(), timeZone);
  const weekday = local.getDay() === 0 ? 7 : local.getDay();
  const time = `${String(local.getHours()).padStart(2, "0")}:${String(local.getMinutes()).padStart(2, "0")}`;
  return { weekday, time };
}

const within = (time: string, range: TimeRange) => time >= range.opensAt && time < range.closesAt;

/**
 * Open at `now` in the business's zone: inside an open range of the day, outside its breaks
 * and no whole-business closure covering the instant (the search's "open now" rule).
 */
export function isOpenAt(hours: TPublicHours, now: Date): boolean {
  const { weekday, time } = localClock(hours.timeZone, now);
  const day = weekOf(hours.hours)[weekday - 1];
  if (!day || !day.open.some((range) => within(time, range))) return false;
  if (day.breaks.some((range) => within(time, range))) return false;
  return !hours.closures.some(
    (closure) =>
      new Date(closure.startsAt).getTime() <= now.getTime() &&
      new Date(closure.endsAt).getTime() > now.getTime(),
  );
}
