import { ZPayRules, type PayRules } from "./pay-rules";
import { zoneOffsetMinutes } from "./zoned-time";

/**
 * THE computation of a shift's hours and cost: time sheet screens, the API and the CSV/PDF
 * exports all call `computeShift`, so they can never disagree.
 *
 * Units. Everything is whole minutes (integers): instants are cut to the minute (seconds are
 * dropped, so a sign-in at 10:00:59 starts at 10:00), hours in the rules become minutes
 * (`Math.round(hours * 60)`). Exports that want decimal hours use `minutesToHours`. Money is
 * integer minor units (cents).
 *
 * All arithmetic is on real instants, so a shift across midnight or a DST change is as long as
 * it really was: 22:00–06:00 in New York is 9 hours on the fall-back night and 7 on the
 * spring-forward night. Only the end's rounding looks at the wall clock, in `timeZone`.
 *
 * The rules, in order:
 * 1. Start: the sign-in, or the scheduled call time when there is none.
 * 2. No sign-out yet: the shift is `in_progress` and nothing is computed.
 * 3. Minimum: the end is raised to at least start + minimum hours.
 * 4. Rounding of the raised end, by m = minutes past the hour on the location's wall clock and
 *    g = the grace minutes (default 15):
 *      m ≤ g          → down to :00      (10:15 → 10:00)
 *      g < m ≤ 30 + g → to :30           (10:16 → 10:30, 10:45 → 10:30)
 *      m > 30 + g     → up to next :00   (10:46 → 11:00, 23:50 → 00:00 the next day)
 *    Put differently: the end moves up to the next half-hour mark unless it is at most g
 *    minutes past the previous one, then down to that one. Rounding never takes the end below
 *    start + minimum hours (start 10:10, minimum 4 h, sign-out 12:00: raised to 14:10,
 *    rounded to 14:00, so the end stays 14:10).
 * 5. Breaks are clipped to [start, end]; overlapping breaks count once (the later one starts
 *    where the earlier ends). Unpaid break time is deducted; paid break time is paid.
 * 6. Meal penalty: the window opens at the start and re-opens at the end of every break (paid
 *    or unpaid). Work more than `mealPenaltyTriggerHours` after the window opened is
 *    meal-penalty time. Break time itself is never penalty time.
 * 7. Overtime: paid time (work and paid breaks) beyond `overtimeAfterHours` within the shift;
 *    null turns overtime off. The rule reads "per day" and a worker has one shift per call time,
 *    so the shift is the day.
 * 8. Every paid minute lands in exactly one bucket: regular, meal-penalty or overtime
 *    (regular + mealPenalty + overtime = paid). A minute that is both past the meal trigger
 *    and overtime is paid once, at the higher multiplier (overtime on a tie).
 * 9. Cost (only with a `payRateMinor`, per hour): rate × (regular + penalty × multiplier +
 *    overtime × 1.5) / 60, computed exactly (multipliers in hundredths) and rounded once,
 *    half up, to a whole minor unit. Example: 4 h 7 min regular at 2,501 ¢/h =
 *    2,501 × 247 / 60 = 10,295.78… → 10,296 ¢.
 */

/** Overtime pays time and a half; the pay rules hold no setting for it. */
export const OVERTIME_MULTIPLIER = 1.5;

const MINUTE_MS = 60_000;

export interface ShiftBreak {
  startsAt: Date;
  durationMinutes: number;
  paid: boolean;
}

export interface ShiftInput {
  /** The call time; the start when the worker has no sign-in. */
  scheduledStart: Date;
  signedInAt?: Date | null;
  signedOutAt?: Date | null;
  breaks?: readonly ShiftBreak[];
  rules: PayRules;
  /** Pay per hour in minor units; without it `costMinor` is null. */
  payRateMinor?: number | null;
  /**
   * The location's IANA zone: the end rounds to :00/:30 on its wall clock. Defaults to UTC,
   * which gives the same result in every zone whose offset is a multiple of 30 minutes (the
   * rule only looks at minutes past the last half hour); pass it anyway, Nepal (+5:45) and
   * Chatham (+12:45) differ.
   */
  timeZone?: string;
}

export interface CompletedShift {
  status: "completed";
  start: Date;
  /** After the minimum-hours raise and the rounding. */
  end: Date;
  /** end − start */
  totalMinutes: number;
  /** Break time within the shift, paid and unpaid. */
  breakMinutes: number;
  unpaidBreakMinutes: number;
  /** totalMinutes − unpaidBreakMinutes = regular + mealPenalty + overtime */
  paidMinutes: number;
  regularMinutes: number;
  mealPenaltyMinutes: number;
  overtimeMinutes: number;
  costMinor: number | null;
}

export interface InProgressShift {
  status: "in_progress";
  start: Date;
  end: null;
}

export type ShiftHours = CompletedShift | InProgressShift;

export function computeShift(input: ShiftInput): ShiftHours {
  const rules = ZPayRules.parse(input.rules);
  const timeZone = input.timeZone ?? "UTC";
  const startMs = floorToMinute(input.signedInAt ?? input.scheduledStart);
  if (!input.signedOutAt) return { status: "in_progress", start: new Date(startMs), end: null };

  const signedOutMs = floorToMinute(input.signedOutAt);
  if (signedOutMs < startMs) throw new RangeError("The sign-out is before the start");
  const minimumEndMs = startMs + Math.round(rules.minimumHours * 60) * MINUTE_MS;
  const roundedEndMs = roundEnd(
    Math.max(signedOutMs, minimumEndMs),
    rules.roundingGraceMinutes,
    timeZone,
  );
  const endMs = Math.max(roundedEndMs, minimumEndMs);
  const totalMinutes = (endMs - startMs) / MINUTE_MS;

  const buckets = classifyMinutes(
    segmentsOf(totalMinutes, clipBreaks(input.breaks ?? [], startMs, totalMinutes)),
    rules,
  );
  const paidMinutes = totalMinutes - buckets.unpaidBreakMinutes;
  return {
    status: "completed",
    start: new Date(startMs),
    end: new Date(endMs),
    totalMinutes,
    breakMinutes: buckets.breakMinutes,
    unpaidBreakMinutes: buckets.unpaidBreakMinutes,
    paidMinutes,
    regularMinutes: buckets.regular,
    mealPenaltyMinutes: buckets.mealPenalty,
    overtimeMinutes: buckets.overtime,
    costMinor:
      input.payRateMinor == null
        ? null
        : costOf(buckets, input.payRateMinor, rules.mealPenaltyMultiplier),
  };
}

/** Decimal hours for exports and screens, two decimals (7 h 20 min → 7.33). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Rounds an end instant by the grace rule (step 4 above) on `timeZone`'s wall clock. */
export function roundEnd(endMs: number, graceMinutes: number, timeZone: string): number {
  const offset = zoneOffsetMinutes(new Date(endMs), timeZone);
  const minutePastHour = (((endMs / MINUTE_MS + offset) % 60) + 60) % 60;
  const target = minutePastHour <= graceMinutes ? 0 : minutePastHour <= 30 + graceMinutes ? 30 : 60;
  return endMs + (target - minutePastHour) * MINUTE_MS;
}

function floorToMinute(instant: Date): number {
  return Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS;
}

interface ClippedBreak {
  from: number;
  to: number;
  paid: boolean;
}

/** Breaks as minute offsets from the start, clipped to the shift, sorted, overlaps removed. */
function clipBreaks(
  breaks: readonly ShiftBreak[],
  startMs: number,
  totalMinutes: number,
): ClippedBreak[] {
  const sorted = breaks
    .map((item) => {
      if (!Number.isInteger(item.durationMinutes) || item.durationMinutes < 0) {
        throw new RangeError("A break lasts a whole, non-negative number of minutes");
      }
      const from = (floorToMinute(item.startsAt) - startMs) / MINUTE_MS;
      return { from, to: from + item.durationMinutes, paid: item.paid };
    })
    .sort((a, b) => a.from - b.from);
  const clipped: ClippedBreak[] = [];
  let previousEnd = 0;
  for (const item of sorted) {
    const from = Math.max(item.from, previousEnd);
    const to = Math.min(item.to, totalMinutes);
    if (to <= from) continue;
    clipped.push({ from, to, paid: item.paid });
    previousEnd = to;
  }
  return clipped;
}

type SegmentKind = "work" | "paidBreak" | "unpaidBreak";
interface Segment {
  from: number;
  to: number;
  kind: SegmentKind;
}

function segmentsOf(totalMinutes: number, breaks: ClippedBreak[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const item of breaks) {
    if (item.from > cursor) segments.push({ from: cursor, to: item.from, kind: "work" });
    segments.push({ from: item.from, to: item.to, kind: item.paid ? "paidBreak" : "unpaidBreak" });
    cursor = item.to;
  }
  if (totalMinutes > cursor) segments.push({ from: cursor, to: totalMinutes, kind: "work" });
  return segments;
}

interface Buckets {
  regular: number;
  mealPenalty: number;
  overtime: number;
  breakMinutes: number;
  unpaidBreakMinutes: number;
}

function classifyMinutes(segments: Segment[], rules: PayRules): Buckets {
  const triggerMinutes = Math.round(rules.mealPenaltyTriggerHours * 60);
  const overtimeAfterMinutes =
    rules.overtimeAfterHours == null ? Infinity : Math.round(rules.overtimeAfterHours * 60);
  const penaltyBeatsOvertime = rules.mealPenaltyMultiplier > OVERTIME_MULTIPLIER;
  const buckets: Buckets = {
    regular: 0,
    mealPenalty: 0,
    overtime: 0,
    breakMinutes: 0,
    unpaidBreakMinutes: 0,
  };
  let windowOpenedAt = 0;
  let paidSoFar = 0;

  for (const segment of segments) {
    const length = segment.to - segment.from;
    if (segment.kind === "unpaidBreak") {
      buckets.breakMinutes += length;
      buckets.unpaidBreakMinutes += length;
      windowOpenedAt = segment.to;
      continue;
    }
    // Within this segment, overtime starts where the paid time reaches the threshold and
    // meal penalty where the window has been open longer than the trigger.
    const overtimeFrom = segment.from + Math.max(0, overtimeAfterMinutes - paidSoFar);
    const penaltyFrom = segment.kind === "work" ? windowOpenedAt + triggerMinutes : Infinity;
    const cuts = [segment.from, overtimeFrom, penaltyFrom, segment.to]
      .filter((cut) => cut >= segment.from && cut <= segment.to)
      .sort((a, b) => a - b);
    for (let index = 0; index + 1 < cuts.length; index += 1) {
      const pieceFrom = cuts[index]!;
      const pieceLength = cuts[index + 1]! - pieceFrom;
      const isOvertime = pieceFrom >= overtimeFrom;
      const isPenalty = pieceFrom >= penaltyFrom;
      if (isPenalty && (!isOvertime || penaltyBeatsOvertime)) buckets.mealPenalty += pieceLength;
      else if (isOvertime) buckets.overtime += pieceLength;
      else buckets.regular += pieceLength;
    }
    paidSoFar += length;
    if (segment.kind === "paidBreak") {
      buckets.breakMinutes += length;
      windowOpenedAt = segment.to;
    }
  }
  return buckets;
}

function costOf(buckets: Buckets, payRateMinor: number, mealPenaltyMultiplier: number): number {
  if (!Number.isSafeInteger(payRateMinor) || payRateMinor < 0) {
    throw new RangeError("The pay rate is a whole, non-negative number of minor units");
  }
  // Minutes weighted by multipliers in hundredths keep the sum an exact integer.
  const weightedMinutes =
    BigInt(buckets.regular) * 100n +
    BigInt(buckets.mealPenalty) * BigInt(Math.round(mealPenaltyMultiplier * 100)) +
    BigInt(buckets.overtime) * BigInt(Math.round(OVERTIME_MULTIPLIER * 100));
  const numerator = BigInt(payRateMinor) * weightedMinutes;
  const denominator = 60n * 100n;
  return Number((2n * numerator + denominator) / (2n * denominator));
}
