import { describe, expect, it } from "vitest";
import {
  copyMondayToWeekdays,
  currencyDecimals,
  encodeRange,
  formatPriceInput,
  type HoursRow,
  levelRows,
  parseLevel,
  parsePriceMinor,
  parseRanges,
  parseReminderHours,
} from "./form-values";

describe("currencyDecimals", () => {
  it("knows how many minor units a currency has", () => {
    expect(currencyDecimals("EUR")).toBe(2);
    expect(currencyDecimals("JPY")).toBe(0);
    expect(currencyDecimals("BHD")).toBe(3);
  });

  it("falls back to 2 for a code Intl does not accept", () => {
    expect(currencyDecimals("not a currency")).toBe(2);
  });
});

describe("parsePriceMinor", () => {
  it("reads major units into minor units", () => {
    expect(parsePriceMinor("15.50", "EUR")).toBe(1550);
    expect(parsePriceMinor("15.5", "EUR")).toBe(1550);
    expect(parsePriceMinor("15", "EUR")).toBe(1500);
    expect(parsePriceMinor("0", "EUR")).toBe(0);
    expect(parsePriceMinor("15", "JPY")).toBe(15);
    expect(parsePriceMinor("1.234", "BHD")).toBe(1234);
  });

  it("accepts a decimal comma, spaces and thousands separators people type", () => {
    expect(parsePriceMinor("15,50", "EUR")).toBe(1550);
    expect(parsePriceMinor(" 1 200.00 ", "EUR")).toBe(120000);
    expect(parsePriceMinor("1'200", "EUR")).toBe(120000);
    expect(parsePriceMinor("15.", "EUR")).toBe(1500);
  });

  it("does not lose cents to floating point", () => {
    expect(parsePriceMinor("0.29", "EUR")).toBe(29);
    expect(parsePriceMinor("1.15", "EUR")).toBe(115);
    expect(parsePriceMinor("19.99", "EUR")).toBe(1999);
  });

  it("is NaN for anything that is not a plain amount", () => {
    for (const text of ["", "   ", "abc", "-5", "15.5.0", "1e3", "€15", ".5", undefined]) {
      expect(parsePriceMinor(text, "EUR"), String(text)).toBeNaN();
    }
  });

  it("is NaN when it has more decimals than the currency", () => {
    expect(parsePriceMinor("15.505", "EUR")).toBeNaN();
    expect(parsePriceMinor("15.5", "JPY")).toBeNaN();
  });

  it("round-trips with formatPriceInput", () => {
    expect(formatPriceInput(1550, "EUR")).toBe("15.50");
    expect(formatPriceInput(15, "JPY")).toBe("15");
    expect(parsePriceMinor(formatPriceInput(1999, "EUR"), "EUR")).toBe(1999);
  });
});

describe("parseReminderHours", () => {
  it("reads a list of whole hours", () => {
    expect(parseReminderHours("24, 1")).toEqual([24, 1]);
    expect(parseReminderHours("48;24 2")).toEqual([48, 24, 2]);
  });

  it("is empty for a blank field", () => {
    expect(parseReminderHours("")).toEqual([]);
    expect(parseReminderHours("  ")).toEqual([]);
    expect(parseReminderHours(undefined)).toEqual([]);
  });

  it("turns a part that is not a whole number into NaN, for zod to reject", () => {
    expect(parseReminderHours("24, 1.5")).toEqual([24, NaN]);
    expect(parseReminderHours("soon")).toEqual([NaN]);
  });
});

describe("ranges", () => {
  const monday: HoursRow = { weekday: 1, kind: "open", opensAt: "09:00", closesAt: "17:00" };

  it("parses what the week editor posts", () => {
    expect(parseRanges([encodeRange(monday), "3|break|13:00|14:00"])).toEqual([
      { weekday: 1, kind: "open", opensAt: "09:00", closesAt: "17:00" },
      { weekday: 3, kind: "break", opensAt: "13:00", closesAt: "14:00" },
    ]);
  });

  it("leaves malformed parts for zod to name", () => {
    const [range] = parseRanges(["x|open"]);
    expect(range!.weekday).toBeNaN();
    expect(range!.opensAt).toBeUndefined();
  });
});

describe("parseLevel", () => {
  it("reads the level select", () => {
    expect(parseLevel("business")).toEqual({ employeeId: null, serviceId: null });
    expect(parseLevel(undefined)).toEqual({ employeeId: null, serviceId: null });
    expect(parseLevel("employee:e1")).toEqual({ employeeId: "e1", serviceId: null });
    expect(parseLevel("service:s1")).toEqual({ employeeId: null, serviceId: "s1" });
  });

  it("gives an empty id (a field error) when the id is missing", () => {
    expect(parseLevel("employee")).toEqual({ employeeId: "", serviceId: null });
  });
});

describe("levelRows", () => {
  const entries = [
    {
      employeeId: null,
      serviceId: null,
      weekday: 1,
      opensAt: "09:00:00",
      closesAt: "17:00:00",
      kind: "open",
    },
    {
      employeeId: "e1",
      serviceId: null,
      weekday: 2,
      opensAt: "10:00:00",
      closesAt: "12:00:00",
      kind: "open",
    },
    {
      employeeId: "e1",
      serviceId: null,
      weekday: 2,
      opensAt: "11:00:00",
      closesAt: "11:15:00",
      kind: "break",
    },
    {
      employeeId: null,
      serviceId: "s1",
      weekday: 3,
      opensAt: "08:00",
      closesAt: "09:00",
      kind: "open",
    },
  ];

  it("keeps only the rows of the chosen level, as HH:MM", () => {
    expect(levelRows(entries, "business")).toEqual([
      { weekday: 1, kind: "open", opensAt: "09:00", closesAt: "17:00" },
    ]);
    expect(levelRows(entries, "employee:e1")).toEqual([
      { weekday: 2, kind: "open", opensAt: "10:00", closesAt: "12:00" },
      { weekday: 2, kind: "break", opensAt: "11:00", closesAt: "11:15" },
    ]);
    expect(levelRows(entries, "service:s1")).toEqual([
      { weekday: 3, kind: "open", opensAt: "08:00", closesAt: "09:00" },
    ]);
    expect(levelRows(entries, "employee:other")).toEqual([]);
  });
});

describe("copyMondayToWeekdays", () => {
  const row = (weekday: number, kind: HoursRow["kind"], opensAt: string, closesAt: string) => ({
    weekday,
    kind,
    opensAt,
    closesAt,
  });

  it("gives Tuesday to Friday Monday's ranges and breaks and keeps the weekend", () => {
    const week = [
      row(7, "open", "12:00", "16:00"),
      row(1, "open", "09:00", "17:00"),
      row(1, "break", "13:00", "14:00"),
      row(3, "open", "06:00", "07:00"),
      row(6, "open", "10:00", "14:00"),
    ];
    expect(copyMondayToWeekdays(week)).toEqual([
      row(1, "open", "09:00", "17:00"),
      row(1, "break", "13:00", "14:00"),
      ...[2, 3, 4, 5].flatMap((weekday) => [
        row(weekday, "open", "09:00", "17:00"),
        row(weekday, "break", "13:00", "14:00"),
      ]),
      row(6, "open", "10:00", "14:00"),
      row(7, "open", "12:00", "16:00"),
    ]);
  });

  it("closes Tuesday to Friday when Monday is closed", () => {
    const week = [row(2, "open", "09:00", "17:00"), row(6, "open", "10:00", "14:00")];
    expect(copyMondayToWeekdays(week)).toEqual([row(6, "open", "10:00", "14:00")]);
  });

  it("does not change the week it was given", () => {
    const week = [row(1, "open", "09:00", "17:00")];
    copyMondayToWeekdays(week);
    expect(week).toEqual([row(1, "open", "09:00", "17:00")]);
  });
});
