import { describe, expect, it } from "vitest";
import {
  instantToZonedWallTime,
  isValidTimeZone,
  zonedWallTimeToInstant,
  zoneOffsetMinutes,
} from "./zoned-time";

const NEW_YORK = "America/New_York";

describe("zonedWallTimeToInstant", () => {
  it.each([
    [
      "an ordinary winter day in New York",
      "2026-01-15",
      "09:00",
      NEW_YORK,
      "2026-01-15T14:00:00.000Z",
    ],
    [
      "an ordinary summer day in New York",
      "2026-07-15",
      "09:00",
      NEW_YORK,
      "2026-07-15T13:00:00.000Z",
    ],
    ["Nepal's +5:45", "2026-07-15", "09:00", "Asia/Kathmandu", "2026-07-15T03:15:00.000Z"],
    ["UTC", "2026-07-15", "23:59", "UTC", "2026-07-15T23:59:00.000Z"],
    ["just before the New York gap", "2026-03-08", "01:59", NEW_YORK, "2026-03-08T06:59:00.000Z"],
    [
      "in the New York gap: 02:30 moves forward to 03:30 EDT",
      "2026-03-08",
      "02:30",
      NEW_YORK,
      "2026-03-08T07:30:00.000Z",
    ],
    [
      "the New York gap's start: 02:00 is 03:00 EDT",
      "2026-03-08",
      "02:00",
      NEW_YORK,
      "2026-03-08T07:00:00.000Z",
    ],
    ["just after the New York gap", "2026-03-08", "03:00", NEW_YORK, "2026-03-08T07:00:00.000Z"],
    [
      "in the New York overlap: 01:30 is the earlier, EDT",
      "2026-11-01",
      "01:30",
      NEW_YORK,
      "2026-11-01T05:30:00.000Z",
    ],
    [
      "after the New York overlap: 02:00 EST",
      "2026-11-01",
      "02:00",
      NEW_YORK,
      "2026-11-01T07:00:00.000Z",
    ],
    [
      "in Lord Howe's half-hour overlap: the earlier, +11",
      "2026-04-05",
      "01:45",
      "Australia/Lord_Howe",
      "2026-04-04T14:45:00.000Z",
    ],
    [
      "in Lord Howe's half-hour gap: 02:15 moves forward to 02:45",
      "2026-10-04",
      "02:15",
      "Australia/Lord_Howe",
      "2026-10-03T15:45:00.000Z",
    ],
    [
      "a gap at midnight (Beirut): 00:30 moves forward to 01:30",
      "2026-03-29",
      "00:30",
      "Asia/Beirut",
      "2026-03-28T22:30:00.000Z",
    ],
    [
      "Berlin's overlap: 02:30 is the earlier, CEST",
      "2026-10-25",
      "02:30",
      "Europe/Berlin",
      "2026-10-25T00:30:00.000Z",
    ],
  ])("%s", (_name, date, time, timeZone, expected) => {
    expect(zonedWallTimeToInstant(date, time, timeZone).toISOString()).toBe(expected);
  });

  it("refuses unknown zones and impossible dates or times", () => {
    expect(() => zonedWallTimeToInstant("2026-01-15", "09:00", "Mars/Olympus")).toThrow(RangeError);
    expect(() => zonedWallTimeToInstant("2026-02-30", "09:00", NEW_YORK)).toThrow(RangeError);
    expect(() => zonedWallTimeToInstant("2026-01-15", "24:00", NEW_YORK)).toThrow(RangeError);
    expect(() => zonedWallTimeToInstant("15.01.2026", "09:00", NEW_YORK)).toThrow(RangeError);
  });
});

describe("instantToZonedWallTime", () => {
  it.each([
    ["2026-11-01T05:30:00Z", NEW_YORK, { date: "2026-11-01", time: "01:30" }],
    ["2026-11-01T06:30:00Z", NEW_YORK, { date: "2026-11-01", time: "01:30" }],
    ["2026-03-08T07:00:00Z", NEW_YORK, { date: "2026-03-08", time: "03:00" }],
    ["2026-07-15T23:30:00Z", "Asia/Tokyo", { date: "2026-07-16", time: "08:30" }],
    ["2026-07-15T03:15:00Z", "Asia/Kathmandu", { date: "2026-07-15", time: "09:00" }],
  ])("%s in %s", (instant, timeZone, expected) => {
    expect(instantToZonedWallTime(new Date(instant), timeZone)).toEqual(expected);
  });

  it("round-trips every quarter hour of both New York change days except the gap", () => {
    for (const date of ["2026-03-08", "2026-11-01"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const inGap = date === "2026-03-08" && time >= "02:00" && time < "03:00";
        const wall = instantToZonedWallTime(zonedWallTimeToInstant(date, time, NEW_YORK), NEW_YORK);
        if (!inGap) expect(wall).toEqual({ date, time });
      }
    }
  });
});

describe("zone helpers", () => {
  it("validates zones and reads offsets in minutes", () => {
    expect(isValidTimeZone(NEW_YORK)).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(zoneOffsetMinutes(new Date("2026-01-15T12:00:00Z"), NEW_YORK)).toBe(-300);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), NEW_YORK)).toBe(-240);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "Asia/Kathmandu")).toBe(345);
  });
});
