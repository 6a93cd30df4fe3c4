import { describe, expect, it } from "vitest";
import { dueReminderOffsets } from "./reminder-offsets";

const HOUR = 3_600_000;
const START = new Date("2030-01-10T10:00:00Z");
const before = (hours: number) => new Date(START.getTime() - hours * HOUR);

describe("due reminder offsets", () => {
  const base = { startsAt: START, notBefore: before(100), hours: [24, 1], sent: [] };
  it.each([
    ["before any moment", before(30), base, []],
    ["inside the day-before window", before(23), base, [24]],
    ["both due after a missed run, nearest first", before(0.5), base, [1, 24]],
    ["nothing once it started", before(-1), base, []],
    ["already sent", before(23), { ...base, sent: [24] }, []],
    [
      "skips a moment that passed before it was booked or confirmed",
      before(0.5),
      { ...base, notBefore: before(3) },
      [1],
    ],
    [
      "without a confirmation time every moment counts",
      before(0.5),
      { ...base, notBefore: null },
      [1, 24],
    ],
    ["repeated offsets count once", before(23), { ...base, hours: [24, 24] }, [24]],
    ["no offsets, no reminders", before(1), { ...base, hours: [] }, []],
    ["a zero or negative offset is ignored", before(0.5), { ...base, hours: [0, -1, 1] }, [1]],
  ])("%s", (_name, now, appointment, expected) => {
    expect(dueReminderOffsets(appointment, now)).toEqual(expected);
  });
});
