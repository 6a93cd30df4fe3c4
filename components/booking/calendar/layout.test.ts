import { describe, expect, it } from "vitest";
import {
  closedIntervals,
  droppedStart,
  hoursAxis,
  hoursFor,
  instantAt,
  isDateString,
  isoWeekday,
  layoutColumn,
  localTimeOf,
  shiftDate,
  timeOffIntervals,
  todayIn,
  viewWindow,
  visibleDays,
  wallMinutes,
  type HoursEntry,
} from "./layout";

const ZONE = "Europe/Tirane";
const RANGE = { start: 8 * 60, end: 20 * 60 };

const block = (id: string, start: string, end: string) => ({
  id,
  startsAt: new Date(start),
  endsAt: new Date(end),
});

const hours = (
  weekday: number,
  opensAt: string,
  closesAt: string,
  extra: Partial<HoursEntry> = {},
): HoursEntry => ({
  employeeId: null,
  serviceId: null,
  weekday,
  opensAt,
  closesAt,
  kind: "open",
  ...extra,
});

describe("dates", () => {
  it("validates YYYY-MM-DD", () => {
    expect(isDateString("2026-12-04")).toBe(true);
    expect(isDateString("2026-02-30")).toBe(false);
    expect(isDateString("04.12.2026")).toBe(false);
    expect(isDateString(undefined)).toBe(false);
  });

  it("shows a week Monday to Sunday whatever day is picked", () => {
    expect(visibleDays("2026-12-06", "week")).toEqual([
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(visibleDays("2026-12-06", "day")).toEqual(["2026-12-06"]);
    expect(isoWeekday("2026-12-06")).toBe(7);
    expect(isoWeekday("2026-11-30")).toBe(1);
  });

  it("moves a day or a week, across months and years", () => {
    expect(shiftDate("2026-12-31", "day", 1)).toBe("2027-01-01");
    expect(shiftDate("2026-03-02", "week", -1)).toBe("2026-02-23");
  });

  it("takes today from the business's zone, not the server's", () => {
    const lateUtc = new Date("2026-12-04T23:30:00Z");
    expect(todayIn(ZONE, lateUtc)).toBe("2026-12-05");
    expect(todayIn("America/New_York", lateUtc)).toBe("2026-12-04");
  });

  it("covers the view from local midnight to local midnight, 23 hours on the spring-forward day", () => {
    const window = viewWindow(["2026-03-29"], ZONE);
    expect(window.from.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(window.to.toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("wall-clock positions", () => {
  it("places an instant by the business's wall clock", () => {
    // 09:30 UTC is 10:30 in Tirana in winter.
    expect(wallMinutes(new Date("2026-12-04T09:30:00Z"), "2026-12-04", ZONE)).toBe(630);
    expect(localTimeOf(new Date("2026-12-04T09:30:00Z"), ZONE)).toBe("10:30");
    // The day before and after fall outside 0–1440.
    expect(wallMinutes(new Date("2026-12-03T22:00:00Z"), "2026-12-04", ZONE)).toBe(-60);
    expect(wallMinutes(new Date("2026-12-04T23:30:00Z"), "2026-12-04", ZONE)).toBe(1440 + 30);
  });

  it("turns a drop back into the instant of that wall time, on either side of DST", () => {
    expect(instantAt("2026-03-28", 600, ZONE).toISOString()).toBe("2026-03-28T09:00:00.000Z");
    expect(instantAt("2026-03-29", 600, ZONE).toISOString()).toBe("2026-03-29T08:00:00.000Z");
  });

  it("keeps 10:00 in the 10:00 row on the spring-forward day", () => {
    const [placed] = layoutColumn(
      [block("a", "2026-03-29T08:00:00Z", "2026-03-29T09:00:00Z")],
      "2026-03-29",
      ZONE,
      RANGE,
    );
    expect(placed).toMatchObject({ top: 120, height: 60 });
  });

  it("keeps the real length of a booking the fall-back hour runs backwards through", () => {
    // 02:30 CEST to 02:15 CET (clocks went back at 03:00): 45 minutes.
    const [placed] = layoutColumn(
      [block("a", "2026-10-25T00:30:00Z", "2026-10-25T01:15:00Z")],
      "2026-10-25",
      ZONE,
      { start: 0, end: 1440 },
    );
    expect(placed).toMatchObject({ top: 150, height: 45 });
  });
});

describe("layoutColumn", () => {
  it("puts overlapping bookings side by side and lets a later one reuse a freed lane", () => {
    const placed = layoutColumn(
      [
        block("a", "2026-12-04T08:00:00Z", "2026-12-04T09:00:00Z"), // 09:00–10:00
        block("b", "2026-12-04T08:30:00Z", "2026-12-04T09:30:00Z"), // 09:30–10:30
        block("c", "2026-12-04T09:00:00Z", "2026-12-04T09:15:00Z"), // 10:00–10:15
        block("d", "2026-12-04T12:00:00Z", "2026-12-04T13:00:00Z"), // 13:00 alone
      ],
      "2026-12-04",
      ZONE,
      RANGE,
    );
    const byId = Object.fromEntries(placed.map((entry) => [entry.item.id, entry]));
    expect(byId.a).toMatchObject({ lane: 0, lanes: 2, top: 60, height: 60 });
    expect(byId.b).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId.c).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.d).toMatchObject({ lane: 0, lanes: 1, top: 300 });
  });

  it("cuts blocks crossing the visible range and leaves out those outside it", () => {
    const placed = layoutColumn(
      [
        block("early", "2026-12-04T06:00:00Z", "2026-12-04T07:30:00Z"), // 07:00–08:30
        block("late", "2026-12-04T18:30:00Z", "2026-12-04T20:00:00Z"), // 19:30–21:00
        block("night", "2026-12-04T20:00:00Z", "2026-12-04T21:00:00Z"), // 21:00–22:00
        block("yesterday", "2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z"),
      ],
      "2026-12-04",
      ZONE,
      RANGE,
    );
    expect(placed.map((entry) => entry.item.id)).toEqual(["early", "late"]);
    expect(placed[0]).toMatchObject({ top: 0, height: 30, cutStart: true, cutEnd: false });
    expect(placed[1]).toMatchObject({ top: 690, height: 30, cutStart: false, cutEnd: true });
  });

  it("draws a very short booking tall enough to click", () => {
    const [placed] = layoutColumn(
      [block("a", "2026-12-04T09:00:00Z", "2026-12-04T09:05:00Z")],
      "2026-12-04",
      ZONE,
      RANGE,
    );
    expect(placed!.height).toBe(15);
  });
});

describe("hours", () => {
  const entries = [
    hours(5, "09:00", "17:00"),
    hours(5, "12:00", "12:30", { kind: "break" }),
    hours(6, "10:00", "14:00"),
    hours(5, "07:30", "19:15", { employeeId: "ana" }),
    hours(5, "06:00", "22:00", { serviceId: "cut" }),
  ];

  it("prefers the employee's own rows and ignores service hours", () => {
    expect(hoursFor(entries, 5, "ana").map((entry) => entry.opensAt)).toEqual(["07:30"]);
    expect(hoursFor(entries, 5, "ben").map((entry) => entry.opensAt)).toEqual(["09:00", "12:00"]);
    expect(hoursFor(entries, 5, null)).toHaveLength(2);
  });

  it("spans the axis from the earliest opening to the latest closing, whole hours", () => {
    expect(hoursAxis(entries.slice(0, 3), ["2026-12-04"])).toEqual({ start: 540, end: 1020 });
    expect(hoursAxis(entries, ["2026-12-04"])).toEqual({ start: 360, end: 1320 });
    expect(hoursAxis(entries, ["2026-12-06"])).toEqual({ start: 480, end: 1200 });
    expect(hoursAxis([hours(5, "18:00", "00:00")], ["2026-12-04"])).toEqual({
      start: 1080,
      end: 1440,
    });
  });

  it("shades before opening, after closing and breaks", () => {
    expect(closedIntervals(hoursFor(entries, 5, null), RANGE)).toEqual([
      { start: 480, end: 540 },
      { start: 720, end: 750 },
      { start: 1020, end: 1200 },
    ]);
    expect(closedIntervals([], RANGE)).toEqual([RANGE]);
  });

  it("shows time off on the days it covers", () => {
    const spans = [
      { startsAt: new Date("2026-12-03T15:00:00Z"), endsAt: new Date("2026-12-04T10:00:00Z") },
    ];
    expect(timeOffIntervals(spans, "2026-12-04", ZONE, RANGE)).toEqual([{ start: 480, end: 660 }]);
    expect(timeOffIntervals(spans, "2026-12-05", ZONE, RANGE)).toEqual([]);
  });
});

describe("droppedStart", () => {
  it("snaps to 15 minutes and keeps the booking inside the day", () => {
    expect(droppedStart(60, 37, 30, RANGE)).toBe(570);
    expect(droppedStart(60, 38, 30, RANGE)).toBe(585);
    expect(droppedStart(60, -500, 30, RANGE)).toBe(480);
    expect(droppedStart(600, 500, 60, RANGE)).toBe(1140);
  });
});
