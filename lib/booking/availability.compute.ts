import type { AvailabilityInputs, HoursRow } from "./availability.inputs";

/** A half-open span of time [start, end), epoch milliseconds. */
export type Span = readonly [number, number];

const MINUTE = 60_000;

/** Sorted, with overlapping and touching spans merged. */
export function normalize(spans: Span[]): Span[] {
  const sorted = spans.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The time in both (normalized inputs). */
export function intersect(a: Span[], b: Span[]): Span[] {
  const result: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]![0], b[j]![0]);
    const end = Math.min(a[i]![1], b[j]![1]);
    if (end > start) result.push([start, end]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return result;
}

/** The time in `a` but not in `b` (normalized inputs). */
export function subtract(a: Span[], b: Span[]): Span[] {
  const result: Span[] = [];
  let j = 0;
  for (const [start, end] of a) {
    let cursor = start;
    while (j < b.length && b[j]![1] <= cursor) j++;
    for (let k = j; k < b.length && b[k]![0] < end; k++) {
      if (b[k]![0] > cursor) result.push([cursor, b[k]![0]]);
      cursor = Math.max(cursor, b[k]![1]);
    }
    if (cursor < end) result.push([cursor, end]);
  }
  return result;
}

/** Index of the first span ending after `instant` (spans sorted, non-overlapping). */
function firstEndingAfter(spans: Span[], instant: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]![1] <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

function overlaps(spans: Span[], start: number, end: number): boolean {
  const index = firstEndingAfter(spans, start);
  return index < spans.length && spans[index]![0] < end;
}

/** employee + service > employee > service > business */
const levelOf = (row: HoursRow) =>
  row.employeeId ? (row.serviceId ? 3 : 2) : row.serviceId ? 1 : 0;

/**
 * One employee's working time over the window's days: per day the most specific level with
 * `open` rows wins; at a service level every service with rows must be open (intersection);
 * `break` rows of that level are cut out.
 */
function workingTime(
  inputs: AvailabilityInputs,
  hoursByWeekday: Map<number, HoursRow[]>,
  employeeId: string,
): Span[] {
  const spans: Span[] = [];
  for (const { day, weekday } of inputs.days) {
    const rows = (hoursByWeekday.get(weekday) ?? []).filter(
      (row) => row.employeeId === null || row.employeeId === employeeId,
    );
    let level = -1;
    for (const row of rows) if (row.kind === "open") level = Math.max(level, levelOf(row));
    if (level < 0) continue;
    const span = (row: HoursRow): Span => [
      inputs.instants[`${day} ${row.opensAt}`]!,
      inputs.instants[`${day} ${row.closesAt}`]!,
    ];
    const openByService = new Map<string, Span[]>();
    const breaks: Span[] = [];
    for (const row of rows) {
      if (levelOf(row) !== level) continue;
      if (row.kind === "break") breaks.push(span(row));
      else {
        const key = row.serviceId ?? "";
        const list = openByService.get(key);
        if (list) list.push(span(row));
        else openByService.set(key, [span(row)]);
      }
    }
    let open: Span[] | null = null;
    for (const serviceSpans of openByService.values()) {
      open = open ? intersect(open, normalize(serviceSpans)) : normalize(serviceSpans);
    }
    spans.push(...subtract(open ?? [], normalize(breaks)));
  }
  return normalize(spans);
}

export interface EmployeeSlots {
  employeeId: string;
  name: string;
  /** Free start times, epoch milliseconds, ascending. */
  starts: number[];
  /** Active bookings starting in checkSlot's local day. */
  load: number;
}

/**
 * Free starts per employee. Candidates step from the start of each free segment (working
 * time minus closures and time off) in absolute time, so DST never shifts or doubles one;
 * the services must end inside the segment, and [start, start + duration + buffer) must not
 * overlap a booking's [starts_at, occupied_until) (the exclusion constraint's test: the
 * buffer may run past closing, never into a booking). With `at`, only that start is tried.
 */
export function computeSlots(
  inputs: AvailabilityInputs,
  options: { durationMinutes: number; bufferMinutes: number; at: number | null },
): EmployeeSlots[] {
  const duration = options.durationMinutes * MINUTE;
  const occupied = duration + options.bufferMinutes * MINUTE;
  const step = inputs.stepMinutes * MINUTE;
  const hoursByWeekday = new Map<number, HoursRow[]>();
  for (const row of inputs.hours) {
    const list = hoursByWeekday.get(row.weekday);
    if (list) list.push(row);
    else hoursByWeekday.set(row.weekday, [row]);
  }
  const closures = inputs.timeOff.filter((off) => off.employeeId === null);

  return inputs.employees.map(({ id, name }) => {
    const timeOff = normalize(
      [...closures, ...inputs.timeOff.filter((off) => off.employeeId === id)].map((off): Span => [
        off.start,
        off.end,
      ]),
    );
    const segments = subtract(workingTime(inputs, hoursByWeekday, id), timeOff);
    // Active bookings of one employee never overlap (the exclusion constraint).
    const booked = inputs.bookings[id];
    const busy = booked
      ? booked.starts.map((start, index): Span => [start, booked.ends[index]!])
      : [];
    const starts: number[] = [];
    const tryStart = (start: number) => {
      if (start >= inputs.lo && start < inputs.hi && !overlaps(busy, start, start + occupied)) {
        starts.push(start);
      }
    };
    for (const [segmentStart, segmentEnd] of segments) {
      if (options.at !== null) {
        if (options.at >= segmentStart && options.at + duration <= segmentEnd) tryStart(options.at);
        continue;
      }
      if (segmentEnd <= inputs.lo || segmentStart >= inputs.hi) continue;
      for (let start = segmentStart; start + duration <= segmentEnd; start += step) {
        tryStart(start);
      }
    }
    const load =
      inputs.dayLo === null
        ? 0
        : busy.filter(([start]) => start >= inputs.dayLo! && start < inputs.dayHi!).length;
    return { employeeId: id, name, starts, load };
  });
}

const DAY = 86_400_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, "0"));

/**
 * `Date#toISOString` for many instants at once, a few times faster: thousands of slots share
 * a handful of days, so each day's `YYYY-MM-DDT` is formatted once. Same output.
 */
export function isoFormatter(): (instant: number) => string {
  const dayPrefixes = new Map<number, string>();
  return (instant) => {
    const day = Math.floor(instant / DAY) * DAY;
    let prefix = dayPrefixes.get(day);
    if (prefix === undefined) {
      prefix = new Date(day).toISOString().slice(0, 11);
      dayPrefixes.set(day, prefix);
    }
    const time = instant - day;
    const milli = time % 1000;
    const hours = TWO_DIGITS[Math.floor(time / 3_600_000)];
    const minutes = TWO_DIGITS[Math.floor(time / 60_000) % 60];
    const seconds = TWO_DIGITS[Math.floor(time / 1000) % 60];
    const millis = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`;
    return `${prefix}${hours}:${minutes}:${seconds}.${millis}Z`;
  };
}
