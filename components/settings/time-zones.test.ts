import { describe, expect, it } from "vitest";
import { listTimeZones, searchTimeZones, timeZoneLabel, timeZoneOffset } from "./time-zones";

describe("listTimeZones", () => {
  it("adds UTC to the runtime's zones", () => {
    expect(listTimeZones(["Europe/Tirane", "Asia/Kolkata"])).toEqual([
      "UTC",
      "Europe/Tirane",
      "Asia/Kolkata",
    ]);
    expect(listTimeZones(["UTC", "Europe/Tirane"])).toEqual(["UTC", "Europe/Tirane"]);
    expect(listTimeZones().length).toBeGreaterThan(300);
  });
});

describe("timeZoneOffset", () => {
  const summer = new Date("2025-07-01T12:00:00Z");

  it("gives today's offset, with one spelling for zero", () => {
    expect(timeZoneOffset("Europe/Tirane", summer)).toBe("GMT+2");
    expect(timeZoneOffset("Asia/Kolkata", summer)).toBe("GMT+5:30");
    expect(timeZoneOffset("America/New_York", summer)).toBe("GMT-4");
    expect(timeZoneOffset("UTC", summer)).toBe("GMT");
  });
});

describe("searchTimeZones", () => {
  const zones = [
    "America/New_York",
    "Europe/Rome",
    "Europe/Tirane",
    "America/Argentina/Buenos_Aires",
    "Asia/Kolkata",
  ];

  it("matches words in any case, with spaces for underscores", () => {
    expect(searchTimeZones(zones, "new york")).toEqual(["America/New_York"]);
    expect(searchTimeZones(zones, "BUENOS")).toEqual(["America/Argentina/Buenos_Aires"]);
    expect(searchTimeZones(zones, "europe tir")).toEqual(["Europe/Tirane"]);
    expect(searchTimeZones(zones, "tiranë")).toEqual(["Europe/Tirane"]);
  });

  it("puts cities starting with the query first", () => {
    expect(searchTimeZones(zones, "r")[0]).toBe("Europe/Rome");
  });

  it("keeps everything for an empty query", () => {
    expect(searchTimeZones(zones, "  ")).toEqual(zones);
  });
});

describe("timeZoneLabel", () => {
  it("reads like words", () => {
    expect(timeZoneLabel("America/Argentina/Buenos_Aires")).toBe(
      "America / Argentina / Buenos Aires",
    );
  });
});
