import { describe, expect, it } from "vitest";
import { computeShift, minutesToHours, type ShiftBreak, type CompletedShift } from "./hours";
import { DEFAULT_PAY_RULES, type PayRules } from "./pay-rules";
import { zonedWallTimeToInstant } from "./zoned-time";

/** A UTC instant from "yyyy-MM-ddTHH:mm[:ss]". */
const utc = (text: string) => new Date(`${text}Z`);
const newYork = (date: string, time: string) =>
  zonedWallTimeToInstant(date, time, "America/New_York");
const unpaid = (startsAt: Date, durationMinutes: number): ShiftBreak => ({
  startsAt,
  durationMinutes,
  paid: false,
});
const paid = (startsAt: Date, durationMinutes: number): ShiftBreak => ({
  startsAt,
  durationMinutes,
  paid: true,
});

interface Case {
  name: string;
  scheduledStart: Date;
  signedInAt?: Date | null;
  signedOutAt: Date;
  breaks?: ShiftBreak[];
  rules?: Partial<PayRules>;
  payRateMinor?: number;
  timeZone?: string;
  expected: Partial<Omit<CompletedShift, "status">>;
}

// Defaults unless a case says otherwise: minimum 4 h, grace 15 min, meal trigger 5 h at 1.5×,
// no overtime.
const cases: Case[] = [
  {
    name: "exact four hours, all regular",
    scheduledStart: utc("2026-06-01T10:00"),
    signedInAt: utc("2026-06-01T10:00"),
    signedOutAt: utc("2026-06-01T14:00"),
    expected: { totalMinutes: 240, paidMinutes: 240, regularMinutes: 240, mealPenaltyMinutes: 0 },
  },
  {
    name: "no sign-in: the start is the scheduled call time",
    scheduledStart: utc("2026-06-01T10:00"),
    signedInAt: null,
    signedOutAt: utc("2026-06-01T15:00"),
    expected: { start: utc("2026-06-01T10:00"), totalMinutes: 300, regularMinutes: 300 },
  },
  {
    name: "exactly at the meal trigger is not penalty yet",
    scheduledStart: utc("2026-06-01T10:00"),
    signedOutAt: utc("2026-06-01T15:00"),
    expected: { regularMinutes: 300, mealPenaltyMinutes: 0 },
  },
  {
    name: "minimum hours raise an early sign-out",
    scheduledStart: utc("2026-06-01T10:00"),
    signedInAt: utc("2026-06-01T10:00"),
    signedOutAt: utc("2026-06-01T12:10"),
    expected: { end: utc("2026-06-01T14:00"), totalMinutes: 240 },
  },
  {
    name: "rounding down never cuts the minimum (start 10:10)",
    scheduledStart: utc("2026-06-01T10:00"),
    signedInAt: utc("2026-06-01T10:10"),
    signedOutAt: utc("2026-06-01T12:00"),
    expected: { end: utc("2026-06-01T14:10"), totalMinutes: 240 },
  },
  {
    name: "the raised end still rounds up (start 10:20 → 14:20 → 14:30)",
    scheduledStart: utc("2026-06-01T10:00"),
    signedInAt: utc("2026-06-01T10:20"),
    signedOutAt: utc("2026-06-01T11:00"),
    expected: { end: utc("2026-06-01T14:30"), totalMinutes: 250 },
  },
  {
    name: "rounding: within the grace → down to :00 (16:15 → 16:00)",
    scheduledStart: utc("2026-06-01T11:00"),
    signedOutAt: utc("2026-06-01T16:15"),
    expected: { end: utc("2026-06-01T16:00"), totalMinutes: 300 },
  },
  {
    name: "rounding: seconds are dropped (16:15:59 → 16:00)",
    scheduledStart: utc("2026-06-01T11:00"),
    signedOutAt: utc("2026-06-01T16:15:59"),
    expected: { end: utc("2026-06-01T16:00") },
  },
  {
    name: "rounding: past the grace → up to :30 (16:16 → 16:30)",
    scheduledStart: utc("2026-06-01T11:00"),
    signedOutAt: utc("2026-06-01T16:16"),
    expected: { end: utc("2026-06-01T16:30"), totalMinutes: 330 },
  },
  {
    name: "rounding: up to :30 + grace → down to :30 (16:45 → 16:30)",
    scheduledStart: utc("2026-06-01T11:00"),
    signedOutAt: utc("2026-06-01T16:45"),
    expected: { end: utc("2026-06-01T16:30") },
  },
  {
    name: "rounding: past :30 + grace → next hour (16:46 → 17:00)",
    scheduledStart: utc("2026-06-01T11:00"),
    signedOutAt: utc("2026-06-01T16:46"),
    expected: { end: utc("2026-06-01T17:00"), totalMinutes: 360 },
  },
  {
    name: "rounding with grace 0: any minute past :00 → :30",
    scheduledStart: utc("2026-06-01T11:00"),
    signedOutAt: utc("2026-06-01T16:01"),
    rules: { roundingGraceMinutes: 0 },
    expected: { end: utc("2026-06-01T16:30") },
  },
  {
    name: "rounding with grace 0: any minute past :30 → next hour",
    scheduledStart: utc("2026-06-01T11:00"),
    signedOutAt: utc("2026-06-01T16:31"),
    rules: { roundingGraceMinutes: 0 },
    expected: { end: utc("2026-06-01T17:00") },
  },
  {
    name: "rounding follows the wall clock in Nepal (+5:45): 16:15 local → 16:00 local",
    scheduledStart: utc("2026-06-01T04:15"), // 10:00 in Kathmandu
    signedOutAt: utc("2026-06-01T10:30"), // 16:15 in Kathmandu
    timeZone: "Asia/Kathmandu",
    expected: { end: utc("2026-06-01T10:15"), totalMinutes: 360, mealPenaltyMinutes: 60 },
  },
  {
    name: "eight hours without a break: three hours of meal penalty",
    scheduledStart: utc("2026-06-01T08:00"),
    signedOutAt: utc("2026-06-01T16:00"),
    expected: { totalMinutes: 480, paidMinutes: 480, regularMinutes: 300, mealPenaltyMinutes: 180 },
  },
  {
    name: "an unpaid break is deducted and restarts the meal window",
    scheduledStart: utc("2026-06-01T09:00"),
    signedOutAt: utc("2026-06-01T17:00"),
    breaks: [unpaid(utc("2026-06-01T12:00"), 30)],
    expected: {
      totalMinutes: 480,
      breakMinutes: 30,
      unpaidBreakMinutes: 30,
      paidMinutes: 450,
      regularMinutes: 450,
      mealPenaltyMinutes: 0,
    },
  },
  {
    name: "a paid break is paid and also restarts the meal window",
    scheduledStart: utc("2026-06-01T09:00"),
    signedOutAt: utc("2026-06-01T17:00"),
    breaks: [paid(utc("2026-06-01T12:00"), 30)],
    expected: {
      breakMinutes: 30,
      unpaidBreakMinutes: 0,
      paidMinutes: 480,
      regularMinutes: 480,
      mealPenaltyMinutes: 0,
    },
  },
  {
    name: "a break taken late: the hour after the trigger is penalty",
    scheduledStart: utc("2026-06-01T08:00"),
    signedOutAt: utc("2026-06-01T17:00"),
    breaks: [unpaid(utc("2026-06-01T14:00"), 30)],
    expected: {
      totalMinutes: 540,
      paidMinutes: 510,
      regularMinutes: 450,
      mealPenaltyMinutes: 60,
    },
  },
  {
    name: "several breaks (unpaid and paid) keep a 14-hour day penalty-free",
    scheduledStart: utc("2026-06-01T06:00"),
    signedOutAt: utc("2026-06-01T20:00"),
    breaks: [paid(utc("2026-06-01T15:00"), 15), unpaid(utc("2026-06-01T10:00"), 30)],
    expected: {
      totalMinutes: 840,
      breakMinutes: 45,
      unpaidBreakMinutes: 30,
      paidMinutes: 810,
      regularMinutes: 810,
      mealPenaltyMinutes: 0,
    },
  },
  {
    name: "overtime after 8 paid hours, paid breaks count toward it",
    scheduledStart: utc("2026-06-01T06:00"),
    signedOutAt: utc("2026-06-01T20:00"),
    breaks: [unpaid(utc("2026-06-01T10:00"), 30), paid(utc("2026-06-01T15:00"), 15)],
    rules: { overtimeAfterHours: 8 },
    expected: {
      paidMinutes: 810,
      regularMinutes: 480,
      overtimeMinutes: 330,
      mealPenaltyMinutes: 0,
    },
  },
  {
    name: "penalty and overtime at once, 1.5× each: the tie goes to overtime",
    scheduledStart: utc("2026-06-01T08:00"),
    signedOutAt: utc("2026-06-01T18:00"),
    breaks: [unpaid(utc("2026-06-01T12:00"), 30)],
    rules: { overtimeAfterHours: 8 },
    expected: { paidMinutes: 570, regularMinutes: 480, overtimeMinutes: 90, mealPenaltyMinutes: 0 },
  },
  {
    name: "penalty and overtime at once, penalty 2×: the higher multiplier wins",
    scheduledStart: utc("2026-06-01T08:00"),
    signedOutAt: utc("2026-06-01T18:00"),
    breaks: [unpaid(utc("2026-06-01T12:00"), 30)],
    rules: { overtimeAfterHours: 8, mealPenaltyMultiplier: 2 },
    expected: { regularMinutes: 480, overtimeMinutes: 60, mealPenaltyMinutes: 30 },
  },
  {
    name: "overtime null: a long day has none",
    scheduledStart: utc("2026-06-01T06:00"),
    signedOutAt: utc("2026-06-01T20:00"),
    breaks: [unpaid(utc("2026-06-01T10:00"), 30), unpaid(utc("2026-06-01T15:00"), 30)],
    rules: { overtimeAfterHours: null },
    expected: { paidMinutes: 780, regularMinutes: 780, overtimeMinutes: 0 },
  },
  {
    name: "a shift across midnight",
    scheduledStart: utc("2026-06-01T22:00"),
    signedOutAt: utc("2026-06-02T03:00"),
    expected: { totalMinutes: 300, regularMinutes: 300 },
  },
  {
    name: "rounding across midnight (23:50 → 00:00 the next day)",
    scheduledStart: utc("2026-06-01T19:00"),
    signedOutAt: utc("2026-06-01T23:50"),
    expected: { end: utc("2026-06-02T00:00"), totalMinutes: 300 },
  },
  {
    name: "New York fall-back night: 22:00–06:00 is 9 real hours",
    scheduledStart: newYork("2026-10-31", "22:00"),
    signedOutAt: newYork("2026-11-01", "06:00"),
    timeZone: "America/New_York",
    expected: {
      end: utc("2026-11-01T11:00"),
      totalMinutes: 540,
      regularMinutes: 300,
      mealPenaltyMinutes: 240,
    },
  },
  {
    name: "New York spring-forward night: 22:00–06:00 is 7 real hours",
    scheduledStart: newYork("2026-03-07", "22:00"),
    signedOutAt: newYork("2026-03-08", "06:00"),
    timeZone: "America/New_York",
    expected: {
      end: utc("2026-03-08T10:00"),
      totalMinutes: 420,
      regularMinutes: 300,
      mealPenaltyMinutes: 120,
    },
  },
  {
    name: "fall-back night: a break in the repeated hour is a real half hour",
    scheduledStart: newYork("2026-10-31", "22:00"),
    signedOutAt: newYork("2026-11-01", "03:00"),
    breaks: [unpaid(utc("2026-11-01T06:15"), 30)], // 01:15–01:45 EST, the second 01:xx
    timeZone: "America/New_York",
    expected: { totalMinutes: 360, unpaidBreakMinutes: 30, paidMinutes: 330 },
  },
  {
    name: "breaks outside the shift are ignored, overlapping breaks count once",
    scheduledStart: utc("2026-06-01T09:00"),
    signedOutAt: utc("2026-06-01T17:00"),
    breaks: [
      unpaid(utc("2026-06-01T07:00"), 30),
      unpaid(utc("2026-06-01T12:00"), 30),
      unpaid(utc("2026-06-01T12:15"), 30),
      unpaid(utc("2026-06-01T16:45"), 60),
    ],
    expected: { totalMinutes: 480, unpaidBreakMinutes: 60, paidMinutes: 420 },
  },
  {
    name: "cost: regular plus meal penalty at 1.5×",
    scheduledStart: utc("2026-06-01T08:00"),
    signedOutAt: utc("2026-06-01T16:00"),
    payRateMinor: 2500,
    // 2500 × (300 + 180 × 1.5) / 60
    expected: { costMinor: 23_750 },
  },
  {
    name: "cost: overtime at 1.5× and penalty at 2×",
    scheduledStart: utc("2026-06-01T08:00"),
    signedOutAt: utc("2026-06-01T18:00"),
    breaks: [unpaid(utc("2026-06-01T12:00"), 30)],
    rules: { overtimeAfterHours: 8, mealPenaltyMultiplier: 2 },
    payRateMinor: 1800,
    // 1800 × (480 + 60 × 1.5 + 30 × 2) / 60
    expected: { costMinor: 18_900 },
  },
  {
    name: "cost: half a cent rounds up once, at the end",
    scheduledStart: utc("2026-06-01T10:00"),
    signedOutAt: utc("2026-06-01T14:30"),
    payRateMinor: 2501,
    // 2501 × 270 / 60 = 11,254.5
    expected: { totalMinutes: 270, costMinor: 11_255 },
  },
  {
    name: "cost: no pay rate, no cost",
    scheduledStart: utc("2026-06-01T10:00"),
    signedOutAt: utc("2026-06-01T14:00"),
    expected: { costMinor: null },
  },
];

describe("computeShift", () => {
  it.each(cases)("$name", (testCase) => {
    const result = computeShift({
      scheduledStart: testCase.scheduledStart,
      signedInAt: testCase.signedInAt,
      signedOutAt: testCase.signedOutAt,
      breaks: testCase.breaks,
      rules: { ...DEFAULT_PAY_RULES, ...testCase.rules },
      payRateMinor: testCase.payRateMinor,
      timeZone: testCase.timeZone,
    });
    expect(result.status).toBe("completed");
    expect(result).toMatchObject(testCase.expected);
    if (result.status !== "completed") return;
    // Invariants every case must keep.
    expect(result.totalMinutes).toBe((result.end.getTime() - result.start.getTime()) / 60_000);
    expect(result.paidMinutes).toBe(result.totalMinutes - result.unpaidBreakMinutes);
    expect(result.regularMinutes + result.mealPenaltyMinutes + result.overtimeMinutes).toBe(
      result.paidMinutes,
    );
  });

  it("a shift without a sign-out is in progress and computes nothing", () => {
    expect(
      computeShift({
        scheduledStart: utc("2026-06-01T10:00"),
        signedInAt: utc("2026-06-01T09:55:30"),
        signedOutAt: null,
        rules: DEFAULT_PAY_RULES,
      }),
    ).toEqual({ status: "in_progress", start: utc("2026-06-01T09:55"), end: null });
  });

  it("refuses a sign-out before the start and out-of-range rules", () => {
    const base = {
      scheduledStart: utc("2026-06-01T10:00"),
      signedOutAt: utc("2026-06-01T09:00"),
      rules: DEFAULT_PAY_RULES,
    };
    expect(() => computeShift(base)).toThrow(RangeError);
    expect(() =>
      computeShift({
        ...base,
        signedOutAt: utc("2026-06-01T15:00"),
        rules: { ...DEFAULT_PAY_RULES, roundingGraceMinutes: 45 },
      }),
    ).toThrow();
    expect(() =>
      computeShift({ ...base, signedOutAt: utc("2026-06-01T15:00"), payRateMinor: 12.5 }),
    ).toThrow(RangeError);
  });

  it("minutesToHours gives two decimals for exports", () => {
    expect(minutesToHours(440)).toBe(7.33);
    expect(minutesToHours(450)).toBe(7.5);
    expect(minutesToHours(0)).toBe(0);
  });
});
