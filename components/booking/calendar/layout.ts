import { TZDate } from "@date-fns/tz";

/**
 * The calendar's geometry, pure so it is unit-tested: which local days a view shows, where
 * a booking sits on a day (minutes after the local midnight, by the wall clock of the
 * business's zone, so a DST day keeps its 09:00 row where people expect it), side-by-side
 * lanes for overlapping bookings, shaded closed time, and the instant a drop lands on.
 */

export type CalendarView = "day" | "week";

/** The calendar grid's step: drops snap to it, rows are this tall. */
export const SNAP_MINUTES = 15;
const DAY_MINUTES = 24 * 60;
export const FALLBACK_RANGE = { start: 8 * 60, end: 20 * 60 } as const;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateString(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1;
}

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split("-").map(Number);
  return [year!, month!, day!];
}

const pad = (value: number) => String(value).padStart(2, "0");

function fromUtcDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A calendar date plus whole days (no zone involved: dates are labels). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return fromUtcDate(new Date(Date.UTC(year, month - 1, day + days)));
}

/** Days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** ISO weekday, 1 = Monday … 7 = Sunday, as booking_working_hours stores it. */
export function isoWeekday(date: string): number {
  const [year, month, day] = parts(date);
  const sunday0 = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** Today's date on the business's wall calendar. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateOf(now, timeZone);
}

export function localDateOf(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** "HH:mm" of an instant in the zone. */
export function localTimeOf(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** The days a view shows: the day itself, or its week Monday to Sunday. */
export function visibleDays(date: string, view: CalendarView): string[] {
  if (view === "day") return [date];
  const monday = addDays(date, 1 - isoWeekday(date));
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** Where prev/next lead: a day or a week away. */
export function shiftDate(date: string, view: CalendarView, direction: -1 | 1): string {
  return addDays(date, direction * (view === "day" ? 1 : 7));
}

/** The wall-clock instant `minutes` after local midnight of `date` in the zone. */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const [year, month, day] = parts(date);
  return new Date(new TZDate(year, month - 1, day, 0, minutes, 0, 0, timeZone).getTime());
}

/** The instants the view covers: local midnight of the first day to that of the day after the last. */
export function viewWindow(days: string[], timeZone: string): { from: Date; to: Date } {
  return {
    from: instantAt(days[0]!, 0, timeZone),
    to: instantAt(addDays(days[days.length - 1]!, 1), 0, timeZone),
  };
}

/**
 * Minutes after local midnight of `date` that the wall clock shows at `instant` (negative
 * the day before, past 1440 the day after).
 */
export function wallMinutes(instant: Date, date: string, timeZone: string): number {
  const local = new TZDate(instant.getTime(), timeZone);
  const localDate = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  return daysBetween(date, localDate) * DAY_MINUTES + local.getHours() * 60 + local.getMinutes();
}

export const snapMinutes = (minutes: number, step = SNAP_MINUTES) =>
  Math.round(minutes / step) * step;

const toMinutes = (time: string) => {
  const [hours, minutes] = time.split(":").map(Number);
  return hours! * 60 + minutes!;
};

export interface HoursEntry {
  employeeId: string | null;
  serviceId: string | null;
  weekday: number;
  opensAt: string;
  closesAt: string;
  kind: "open" | "break";
}

/**
 * An employee's (or the business's) rows for a weekday: the employee's own when they have
 * any that day, else the business's — service-specific hours do not shape the calendar.
 */
export function hoursFor(
  entries: HoursEntry[],
  weekday: number,
  employeeId: string | null,
): HoursEntry[] {
  const general = entries.filter((entry) => entry.serviceId === null && entry.weekday === weekday);
  if (employeeId) {
    const own = general.filter((entry) => entry.employeeId === employeeId);
    if (own.length > 0) return own;
  }
  return general.filter((entry) => entry.employeeId === null);
}

/** The hours axis: earliest opening to latest closing of the weekdays shown, whole hours. */
export function hoursAxis(entries: HoursEntry[], days: string[]): { start: number; end: number } {
  const weekdays = new Set(days.map(isoWeekday));
  const open = entries.filter((entry) => entry.kind === "open" && weekdays.has(entry.weekday));
  if (open.length === 0) return { ...FALLBACK_RANGE };
  const start = Math.min(...open.map((entry) => toMinutes(entry.opensAt)));
  // "00:00" as a closing time means midnight at the end of the day.
  const end = Math.max(...open.map((entry) => toMinutes(entry.closesAt) || DAY_MINUTES));
  return {
    start: Math.floor(start / 60) * 60,
    end: Math.min(DAY_MINUTES, Math.ceil(end / 60) * 60),
  };
}

export interface Interval {
  start: number;
  end: number;
}

/** Merges and clamps intervals (minutes) to the range, dropping empty ones. */
function normalize(intervals: Interval[], range: Interval): Interval[] {
  const sorted = intervals
    .map((interval) => ({
      start: Math.max(range.start, interval.start),
      end: Math.min(range.end, interval.end),
    }))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The shaded parts of a day column: outside the open ranges, plus breaks. */
export function closedIntervals(dayHours: HoursEntry[], range: Interval): Interval[] {
  const open = normalize(
    dayHours
      .filter((entry) => entry.kind === "open")
      .map((entry) => ({
        start: toMinutes(entry.opensAt),
        end: toMinutes(entry.closesAt) || DAY_MINUTES,
      })),
    range,
  );
  const closed: Interval[] = [];
  let cursor = range.start;
  for (const interval of open) {
    if (interval.start > cursor) closed.push({ start: cursor, end: interval.start });
    cursor = Math.max(cursor, interval.end);
  }
  if (cursor < range.end) closed.push({ start: cursor, end: range.end });
  const breaks = dayHours
    .filter((entry) => entry.kind === "break")
    .map((entry) => ({ start: toMinutes(entry.opensAt), end: toMinutes(entry.closesAt) }));
  return normalize([...closed, ...breaks], range);
}

/** Time off (instants) that falls on the day, as minutes clamped to the range. */
export function timeOffIntervals(
  spans: { startsAt: Date; endsAt: Date }[],
  date: string,
  timeZone: string,
  range: Interval,
): Interval[] {
  return normalize(
    spans.map((span) => ({
      start: wallMinutes(span.startsAt, date, timeZone),
      end: wallMinutes(span.endsAt, date, timeZone),
    })),
    range,
  );
}

export interface BlockInput {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

export interface PositionedBlock<T extends BlockInput> {
  item: T;
  /** Minutes from the top of the visible range. */
  top: number;
  height: number;
  /** Side by side: this block's lane of `lanes` in its overlapping group. */
  lane: number;
  lanes: number;
  /** It begins before the range (or the day) / ends after it: drawn cut. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** The smallest height a block is drawn with, so a 5-minute booking stays clickable. */
export const MIN_BLOCK_MINUTES = 15;

/**
 * Places one column's bookings on a day: clamped to the visible range (blocks outside it
 * are left out), overlapping ones in lanes side by side. On a DST day the wall clock can run
 * backwards within a booking (fall back); such a block keeps its real length.
 */
export function layoutColumn<T extends BlockInput>(
  items: T[],
  date: string,
  timeZone: string,
  range: Interval,
): PositionedBlock<T>[] {
  const placed = items
    .map((item) => {
      const start = wallMinutes(item.startsAt, date, timeZone);
      let end = wallMinutes(item.endsAt, date, timeZone);
      if (end <= start) end = start + (item.endsAt.getTime() - item.startsAt.getTime()) / 60_000;
      return { item, start, end };
    })
    .filter((block) => block.end > range.start && block.start < range.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.item.id.localeCompare(b.item.id));

  const result: PositionedBlock<T>[] = [];
  let group: { block: (typeof placed)[number]; lane: number }[] = [];
  let groupEnd = -Infinity;
  const flush = () => {
    const lanes = Math.max(1, ...group.map((entry) => entry.lane + 1));
    for (const { block, lane } of group) {
      const top = Math.max(block.start, range.start);
      const bottom = Math.min(block.end, range.end);
      result.push({
        item: block.item,
        top: top - range.start,
        height: Math.max(bottom - top, Math.min(MIN_BLOCK_MINUTES, range.end - top)),
        lane,
        lanes,
        cutStart: block.start < range.start,
        cutEnd: block.end > range.end,
      });
    }
    group = [];
  };
  for (const block of placed) {
    if (block.start >= groupEnd) {
      flush();
      groupEnd = -Infinity;
    }
    // The first lane whose last block ended by this one's start.
    const laneEnds: number[] = [];
    for (const entry of group) {
      laneEnds[entry.lane] = Math.max(laneEnds[entry.lane] ?? -Infinity, entry.block.end);
    }
    let lane = laneEnds.findIndex((end) => end <= block.start);
    if (lane === -1) lane = laneEnds.length;
    group.push({ block, lane });
    groupEnd = Math.max(groupEnd, block.end);
  }
  flush();
  return result;
}

/** The start a drop lands on: the block's top moved by the drag, snapped, kept in the range. */
export function droppedStart(
  originalTop: number,
  deltaMinutes: number,
  durationMinutes: number,
  range: Interval,
): number {
  const top = snapMinutes(range.start + originalTop + deltaMinutes);
  return Math.min(Math.max(top, range.start), Math.max(range.start, range.end - durationMinutes));
}
