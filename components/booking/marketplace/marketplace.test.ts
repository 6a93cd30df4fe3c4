import { describe, expect, it } from "vitest";
import {
  formatDistance,
  formatDuration,
  formatPrice,
  formatRating,
  openStreetMapUrl,
} from "./format";
import { isOpenAt, localClock, weekOf } from "./hours";
import { marketplaceHref, nearMeHref, readParams, withoutLocation } from "./search-params";
import { toSearchQuery, validParams } from "./search-query";

describe("marketplace URL", () => {
  it("reads known parameters and drops blanks and unknown ones", () => {
    expect(readParams({ q: " masazh ", category: "", other: "x", page: ["2", "3"] })).toEqual({
      q: "masazh",
      page: "2",
    });
  });

  it("turns whole-unit prices into minor units for the search", () => {
    const { query, dropped } = toSearchQuery({ minPrice: "10", maxPrice: "25.5" });
    expect(query.minPrice).toBe(1000);
    expect(query.maxPrice).toBe(2550);
    expect(dropped).toEqual([]);
  });

  it("drops parameters the search would refuse instead of failing", () => {
    const { query, dropped } = toSearchQuery({ q: "a", sort: "distance", minRating: "9" });
    expect(query.q).toBeUndefined();
    expect(query.sort).toBeUndefined();
    expect(query.minRating).toBeUndefined();
    expect(dropped.sort()).toEqual(["minRating", "q", "sort"]);
    expect(validParams({ q: "a", category: "hair" }, dropped)).toEqual({ category: "hair" });
  });

  it("keeps a located, distance-sorted search", () => {
    const { query } = toSearchQuery({
      lat: "41.3275",
      lng: "19.8187",
      radiusKm: "10",
      sort: "distance",
    });
    expect(query).toMatchObject({ lat: 41.3275, lng: 19.8187, radiusKm: 10, sort: "distance" });
  });

  it("builds links that change one filter and restart at page 1", () => {
    const current = { q: "hair", category: "barber", page: "3" };
    expect(marketplaceHref(current, { category: undefined })).toBe("/businesses?q=hair");
    expect(marketplaceHref(current, { page: "4" })).toBe(
      "/businesses?q=hair&category=barber&page=4",
    );
    expect(marketplaceHref({}, {})).toBe("/businesses");
    expect(marketplaceHref({ view: "map" }, { view: undefined })).toBe("/businesses");
  });

  it("asks for the nearest first around the browser's position", () => {
    expect(nearMeHref({ q: "cut", page: "2" }, { lat: 41.327512345, lng: 19.8187 })).toBe(
      "/businesses?q=cut&sort=distance&lat=41.32751&lng=19.81870&radiusKm=10",
    );
    expect(nearMeHref({ radiusKm: "5" }, { lat: 1, lng: 2 })).toContain("radiusKm=5");
    expect(withoutLocation({ q: "cut", lat: "1", lng: "2", radiusKm: "5", sort: "distance" })).toBe(
      "/businesses?q=cut",
    );
  });
});

describe("marketplace formatting", () => {
  it("shows distances in metres, then km", () => {
    expect(formatDistance(0.234, "en")).toBe("230 m");
    expect(formatDistance(1.42, "en")).toBe("1.4 km");
    expect(formatDistance(12.6, "en")).toBe("13 km");
  });

  it("shows prices without needless decimals", () => {
    expect(formatPrice(1500, "EUR", "en")).toBe("€15");
    expect(formatPrice(1550, "EUR", "en")).toBe("€15.50");
  });

  it("shows a rating with one decimal in the locale", () => {
    expect(formatRating(4, "en")).toBe("4.0");
    expect(formatRating(4.67, "en")).toBe("4.7");
    expect(formatRating(4, "sq")).toBe("4,0");
  });

  it("shows durations", () => {
    expect(formatDuration(45, "en")).toBe("45 min");
    expect(formatDuration(90, "en")).toBe("1 hr 30 min");
    expect(formatDuration(120, "en")).toBe("2 hr");
  });

  it("links to OpenStreetMap", () => {
    expect(openStreetMapUrl(41.3275, 19.8187)).toBe(
      "https://www.openstreetmap.org/?mlat=41.32750&mlon=19.81870#map=17/41.32750/19.81870",
    );
  });
});

describe("opening hours", () => {
  const row = (
    weekday: number,
    opensAt: string,
    closesAt: string,
    kind: "open" | "break" = "open",
  ) => ({
    employeeId: null,
    serviceId: null,
    weekday,
    opensAt,
    closesAt,
    kind,
  });
  const hours = {
    timeZone: "Europe/Tirane",
    hours: [
      row(1, "09:00:00", "17:00:00"),
      row(1, "12:00:00", "13:00:00", "break"),
      { ...row(2, "06:00:00", "07:00:00"), employeeId: "0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e50" },
    ],
    closures: [] as { startsAt: Date; endsAt: Date; reason: string | null }[],
  };

  it("groups the business's rows per weekday, ignoring employee rows", () => {
    const week = weekOf(hours.hours);
    expect(week).toHaveLength(7);
    expect(week[0]).toEqual({
      weekday: 1,
      open: [{ opensAt: "09:00", closesAt: "17:00" }],
      breaks: [{ opensAt: "12:00", closesAt: "13:00" }],
    });
    expect(week[1]!.open).toEqual([]);
  });

  it("reads the clock in the business's zone", () => {
    // Monday 2026-11-30 08:30 UTC is 09:30 in Tirana (UTC+1 in winter).
    expect(localClock("Europe/Tirane", new Date("2026-11-30T08:30:00Z"))).toEqual({
      weekday: 1,
      time: "09:30",
    });
    expect(localClock("Europe/Tirane", new Date("2026-11-29T23:30:00Z")).weekday).toBe(1);
  });

  it("is open inside the hours, closed in a break, outside and during a closure", () => {
    expect(isOpenAt(hours, new Date("2026-11-30T08:30:00Z"))).toBe(true);
    expect(isOpenAt(hours, new Date("2026-11-30T11:30:00Z"))).toBe(false);
    expect(isOpenAt(hours, new Date("2026-11-30T16:30:00Z"))).toBe(false);
    expect(isOpenAt(hours, new Date("2026-12-01T08:30:00Z"))).toBe(false);
    const closed = {
      ...hours,
      closures: [
        {
          startsAt: new Date("2026-11-30T00:00:00Z"),
          endsAt: new Date("2026-12-01T00:00:00Z"),
          reason: null,
        },
      ],
    };
    expect(isOpenAt(closed, new Date("2026-11-30T08:30:00Z"))).toBe(false);
  });
});
