import { describe, expect, it } from "vitest";
import {
  addDays,
  customerTime,
  dayStrip,
  groupSlots,
  localDate,
  localTime,
  parseIdList,
  periodOf,
  slotsOnDay,
  splitMinutes,
} from "./slot-picker-utils";

const TIRANE = "Europe/Tirane";

describe("local times in the business's zone", () => {
  it("formats a slot as 24-hour wall time in the zone, in summer and winter", () => {
    expect(localTime("2026-07-01T08:00:00.000Z", TIRANE)).toBe("10:00");
    expect(localTime("2026-12-04T08:00:00.000Z", TIRANE)).toBe("09:00");
    expect(localTime("2026-12-04T21:30:00.000Z", "America/New_York")).toBe("16:30");
  });

  it("gives the zone's calendar day, which may differ from UTC's", () => {
    expect(localDate("2026-12-04T23:30:00.000Z", TIRANE)).toBe("2026-12-05");
    expect(localDate("2026-12-05T02:00:00.000Z", "America/New_York")).toBe("2026-12-04");
  });

  it("keeps both 01:30s apart on a fall-back day", () => {
    const first = "2026-11-01T05:30:00.000Z";
    const second = "2026-11-01T06:30:00.000Z";
    expect(localTime(first, "America/New_York")).toBe("01:30");
    expect(localTime(second, "America/New_York")).toBe("01:30");
    expect(groupSlots([second, first], "America/New_York")[0]!.slots.map((s) => s.iso)).toEqual([
      first,
      second,
    ]);
  });
});

describe("groupSlots", () => {
  it("sorts and groups slots into morning, afternoon and evening, leaving empty groups out", () => {
    const slots = [
      "2026-12-04T16:00:00.000Z", // 17:00 evening
      "2026-12-04T08:00:00.000Z", // 09:00 morning
      "2026-12-04T10:45:00.000Z", // 11:45 morning
      "2026-12-04T11:00:00.000Z", // 12:00 afternoon
    ];
    expect(groupSlots(slots, TIRANE)).toEqual([
      {
        period: "morning",
        slots: [
          { iso: "2026-12-04T08:00:00.000Z", label: "09:00" },
          { iso: "2026-12-04T10:45:00.000Z", label: "11:45" },
        ],
      },
      { period: "afternoon", slots: [{ iso: "2026-12-04T11:00:00.000Z", label: "12:00" }] },
      { period: "evening", slots: [{ iso: "2026-12-04T16:00:00.000Z", label: "17:00" }] },
    ]);
    expect(groupSlots(["2026-12-04T12:00:00.000Z"], TIRANE).map((g) => g.period)).toEqual([
      "afternoon",
    ]);
    expect(groupSlots([], TIRANE)).toEqual([]);
  });

  it("draws the period edges at noon and 17:00", () => {
    expect([11, 12, 16, 17].map(periodOf)).toEqual([
      "morning",
      "afternoon",
      "afternoon",
      "evening",
    ]);
  });

  it("picks the slots of one local day", () => {
    const slots = ["2026-12-04T22:30:00.000Z", "2026-12-04T23:30:00.000Z"];
    expect(slotsOnDay(slots, "2026-12-05", TIRANE)).toEqual(["2026-12-04T23:30:00.000Z"]);
  });
});

describe("dayStrip", () => {
  it("shows two weeks from today with the next week reachable", () => {
    const strip = dayStrip({ today: "2026-12-01", horizonDays: 60 });
    expect(strip.selected).toBe("2026-12-01");
    expect(strip.days).toHaveLength(14);
    expect(strip.days[0]).toBe("2026-12-01");
    expect(strip.days[13]).toBe("2026-12-14");
    expect(strip.previousWeek).toBeNull();
    expect(strip.nextWeek).toBe("2026-12-08");
  });

  it("starts at the selected day's week and clamps to the horizon", () => {
    const strip = dayStrip({ today: "2026-12-01", selected: "2026-12-10", horizonDays: 12 });
    expect(strip.days[0]).toBe("2026-12-08");
    expect(strip.days.at(-1)).toBe("2026-12-13");
    expect(strip.previousWeek).toBe("2026-12-01");
    expect(strip.nextWeek).toBeNull();
  });

  it("clamps a day in the past or beyond the horizon, and ignores garbage", () => {
    expect(
      dayStrip({ today: "2026-12-01", selected: "2026-11-20", horizonDays: 30 }).selected,
    ).toBe("2026-12-01");
    expect(
      dayStrip({ today: "2026-12-01", selected: "2027-06-01", horizonDays: 30 }).selected,
    ).toBe("2026-12-31");
    expect(dayStrip({ today: "2026-12-01", selected: "soon", horizonDays: 30 }).selected).toBe(
      "2026-12-01",
    );
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("the customer's own time", () => {
  it("is shown only when their wall time differs", () => {
    const slot = "2026-12-04T08:00:00.000Z";
    expect(customerTime(slot, TIRANE, "Europe/London")).toBe("08:00");
    expect(customerTime(slot, TIRANE, "Europe/Rome")).toBeNull();
    expect(customerTime(slot, TIRANE, TIRANE)).toBeNull();
    expect(customerTime(slot, TIRANE, null)).toBeNull();
  });
});

describe("parsing and durations", () => {
  it("reads repeated or comma-separated ids once each, dropping junk", () => {
    const a = "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9e";
    const b = "0193f7c4-5b1e-7c2a-9d3e-4f5a6b7c8d9f";
    expect(parseIdList([`${a},${b}`, a, "nope"])).toEqual([a, b]);
    expect(parseIdList(undefined)).toEqual([]);
  });

  it("splits minutes into hours and minutes", () => {
    expect(splitMinutes(90)).toEqual({ hours: 1, minutes: 30 });
    expect(splitMinutes(45)).toEqual({ hours: 0, minutes: 45 });
  });
});
