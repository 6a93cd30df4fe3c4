import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  businesses,
  businessImages,
  serviceCategories,
  services,
  timeOff,
  workingHours,
} from "@/db/schema/booking";
import { GET } from "@/app/api/v1/businesses/route";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness, bookingCategory } from "./booking.testing";
import { searchBusinesses } from "./search.queries";
import type { TSearchQuery } from "./search.schemas";
import { refreshBusinessSearchText } from "./search-text";

/**
 * Every test works around its own spot on the map, far from the others', and searches with
 * a radius around it, so businesses made by other tests never show up in its results.
 */
let spots = 0;
/** earthdistance's sphere: earth() is 6,378,168 m. */
const KM_PER_DEGREE = (6378.168 * Math.PI) / 180;
function newSpot() {
  spots += 1;
  const lat = -60 + spots * 4;
  const lng = -150 + spots * 9;
  return {
    lat,
    lng,
    /** A point `km` kilometres north of the spot. */
    north: (km: number) => ({ latitude: lat + km / KM_PER_DEGREE, longitude: lng }),
  };
}

type BusinessUpdate = Partial<typeof businesses.$inferInsert>;

async function place(
  name: string,
  at: { latitude: number; longitude: number },
  update: BusinessUpdate = {},
) {
  const fixture = await bookingBusiness({ name, ...at });
  await withSystemScope(async (tx) => {
    if (Object.keys(update).length > 0) {
      await tx.update(businesses).set(update).where(eq(businesses.id, fixture.business.id));
    }
    await refreshBusinessSearchText(tx, fixture.business.id);
  });
  return fixture;
}

const search = (query: TSearchQuery, now?: Date) => searchBusinesses(query, { locale: "en", now });
const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

describe("business search", () => {
  it("ranks exact words over typos and leaves unrelated businesses out", async () => {
    const spot = newSpot();
    const at = spot.north(1);
    await place("Bella Barber", at);
    await place("Barbra Beauty", at);
    await place("Zen Massage", at);
    const near = { lat: spot.lat, lng: spot.lng, radiusKm: 5 };

    expect(names(await search({ ...near, q: "barber" }))).toEqual([
      "Bella Barber",
      "Barbra Beauty",
    ]);
    // A typo in the query still finds the business (and nothing unrelated).
    const typo = names(await search({ ...near, q: "barbr" }));
    expect(typo).toContain("Bella Barber");
    expect(typo).not.toContain("Zen Massage");
    expect(names(await search({ ...near, q: "masage" }))).toEqual(["Zen Massage"]);
    expect(names(await search({ ...near, q: "plumbing" }))).toEqual([]);
  });

  it("finds businesses by their services and categories (parents too) in either language", async () => {
    const spot = newSpot();
    const { org, business } = await place("Studio Nova", spot.north(1));
    await place("Other Place", spot.north(1));
    const wellness = await bookingCategory({ en: "Wellness", sq: "Mirëqenie" });
    const nails = await bookingCategory(
      { en: "Nail care", sq: "Kujdesi i thonjve" },
      {
        parentId: wellness.id,
      },
    );
    await withSystemScope(async (tx) => {
      const [manicure] = await tx
        .insert(services)
        .values({
          orgId: org.id,
          businessId: business.id,
          name: { en: "Manicure", sq: "Manikyr" },
          durationMinutes: 45,
          priceMinor: 2000,
          currency: "EUR",
        })
        .returning();
      await tx
        .insert(serviceCategories)
        .values({ orgId: org.id, serviceId: manicure!.id, categoryId: nails.id });
      await refreshBusinessSearchText(tx, business.id);
    });
    const near = { lat: spot.lat, lng: spot.lng, radiusKm: 5 };
    for (const q of ["manicure", "Manikyr", "wellness", "mirëqenie", "mireqenie", "thonjve"]) {
      expect(names(await search({ ...near, q })), q).toEqual(["Studio Nova"]);
    }
  });

  it("orders by distance within the radius and reports distanceKm", async () => {
    const spot = newSpot();
    await place("Two km", spot.north(2));
    await place("Half km", spot.north(0.5));
    await place("Eight km", spot.north(8));
    await place("Thirty km", spot.north(30));
    await place("No location", spot.north(1), { latitude: null, longitude: null });

    const page = await search({ lat: spot.lat, lng: spot.lng, radiusKm: 10 });
    expect(names(page)).toEqual(["Half km", "Two km", "Eight km"]);
    expect(page.items.map((item) => item.distanceKm)).toEqual([0.5, 2, 8]);
    expect(page.meta.total).toBe(3);
    // Without a radius: 25 km.
    expect(names(await search({ lat: spot.lat, lng: spot.lng }))).toEqual([
      "Half km",
      "Two km",
      "Eight km",
    ]);
    expect(names(await search({ lat: spot.lat, lng: spot.lng, radiusKm: 1 }))).toEqual(["Half km"]);
    expect(names(await search({ lat: spot.lat, lng: spot.lng, radiusKm: 50 }))).toContain(
      "Thirty km",
    );
    // Without a location there is no distance.
    const [anyResult] = (await search({ q: "half km" })).items;
    expect(anyResult?.distanceKm).toBeNull();
  });

  it("never shows drafts or suspended businesses", async () => {
    const spot = newSpot();
    const at = spot.north(1);
    await place("Hidden Draft Salon", at, { status: "draft" });
    await place("Hidden Suspended Salon", at, { status: "suspended" });
    await place("Visible Salon", at);
    const near = { lat: spot.lat, lng: spot.lng, radiusKm: 5 };
    expect(names(await search(near))).toEqual(["Visible Salon"]);
    expect(names(await search({ ...near, q: "salon" }))).toEqual(["Visible Salon"]);
    const everything = await search({ q: "hidden", pageSize: 50 });
    expect(names(everything).some((name) => name.startsWith("Hidden"))).toBe(false);
  });

  it("filters by category including subcategories, by id or slug", async () => {
    const spot = newSpot();
    const hair = await bookingCategory({ en: "Hair" });
    const braids = await bookingCategory({ en: "Braids" }, { parentId: hair.id });
    const viaBusiness = await place("Braids Corner", spot.north(1));
    await withSystemScope((tx) =>
      tx.execute(sql`insert into business_categories (org_id, business_id, category_id)
        values (${viaBusiness.org.id}, ${viaBusiness.business.id}, ${braids.id})`),
    );
    const viaService = await place("Cut Studio", spot.north(1));
    await withSystemScope((tx) =>
      tx.insert(serviceCategories).values({
        orgId: viaService.org.id,
        serviceId: viaService.services.cut.id,
        categoryId: hair.id,
      }),
    );
    // A category only on an inactive service does not count.
    const inactive = await place("Retired Service", spot.north(1));
    await withSystemScope(async (tx) => {
      await tx.insert(serviceCategories).values({
        orgId: inactive.org.id,
        serviceId: inactive.services.cut.id,
        categoryId: braids.id,
      });
      await tx
        .update(services)
        .set({ active: false })
        .where(eq(services.id, inactive.services.cut.id));
    });
    const near = { lat: spot.lat, lng: spot.lng, radiusKm: 5 };

    expect(names(await search({ ...near, category: hair.id })).sort()).toEqual([
      "Braids Corner",
      "Cut Studio",
    ]);
    expect(names(await search({ ...near, category: braids.slug }))).toEqual(["Braids Corner"]);
    expect(names(await search({ ...near, category: "no-such-category" }))).toEqual([]);
  });

  it("filters by rating, visit type, gender and price of active services", async () => {
    const spot = newSpot();
    const at = spot.north(1);
    const top = await place("Top Rated", at, {
      ratingAverage: 4.8,
      ratingCount: 20,
      visitType: "both",
    });
    const mid = await place("Mid Rated", at, {
      ratingAverage: 3.9,
      ratingCount: 5,
      visitType: "home_visit",
    });
    await place("Unrated", at);
    await withSystemScope(async (tx) => {
      // Top: women's services only; Mid: a cheap men's one, and a pricey one switched off.
      await tx
        .update(services)
        .set({ gender: "female" })
        .where(eq(services.businessId, top.business.id));
      await tx
        .update(services)
        .set({ gender: "male", priceMinor: 500 })
        .where(eq(services.id, mid.services.cut.id));
      await tx
        .update(services)
        .set({ priceMinor: 90_000, active: false })
        .where(eq(services.id, mid.services.color.id));
    });
    const near = { lat: spot.lat, lng: spot.lng, radiusKm: 5 };

    expect(names(await search({ ...near, minRating: 4 }))).toEqual(["Top Rated"]);
    expect(names(await search({ ...near, minRating: 3.5, sort: "rating" }))).toEqual([
      "Top Rated",
      "Mid Rated",
    ]);
    expect(names(await search({ ...near, visitType: "home_visit", sort: "rating" }))).toEqual([
      "Top Rated",
      "Mid Rated",
    ]);
    expect(names(await search({ ...near, visitType: "on_site", sort: "rating" }))).toEqual([
      "Top Rated",
      "Unrated",
    ]);
    expect(names(await search({ ...near, visitType: "both" }))).toEqual(["Top Rated"]);
    // Unrated's services are for anyone, so they match every gender.
    expect(names(await search({ ...near, gender: "male", sort: "rating" }))).toEqual([
      "Mid Rated",
      "Unrated",
    ]);
    expect(names(await search({ ...near, gender: "female", sort: "rating" }))).toEqual([
      "Top Rated",
      "Unrated",
    ]);
    expect(names(await search({ ...near, maxPrice: 1000 }))).toEqual(["Mid Rated"]);
    expect(names(await search({ ...near, minPrice: 50_000 }))).toEqual([]);
    expect(
      names(await search({ ...near, minPrice: 3000, maxPrice: 4000, sort: "rating" })),
    ).toEqual(["Top Rated", "Unrated"]);
    // Gender and price must hold for the same service.
    expect(names(await search({ ...near, gender: "female", maxPrice: 1000 }))).toEqual([]);
    // Sorted by rating: unrated last.
    expect(names(await search({ ...near, sort: "rating" }))).toEqual([
      "Top Rated",
      "Mid Rated",
      "Unrated",
    ]);
    const [first] = (await search({ ...near, sort: "rating" })).items;
    expect(first).toMatchObject({ ratingAverage: 4.8, ratingCount: 20, priceFromMinor: 1500 });
  });

  it("keeps to businesses open now in their own time zone, minus breaks and closures", async () => {
    const spot = newSpot();
    const at = spot.north(1);
    // Wednesday 2030-01-09 10:30 UTC = 11:30 in Tirana, 05:30 in New York.
    const now = new Date("2030-01-09T10:30:00Z");
    const tirana = await place("Tirana Open", at);
    const newYork = await place("New York Asleep", at, { timeZone: "America/New_York" });
    const onBreak = await place("On Break", at);
    const closed = await place("Closed Today", at);
    const weekend = await place("Weekend Only", at);
    await withSystemScope(async (tx) => {
      await tx.insert(workingHours).values({
        orgId: onBreak.org.id,
        businessId: onBreak.business.id,
        weekday: 3,
        opensAt: "11:00",
        closesAt: "12:00",
        kind: "break",
      });
      // An employee's break or time off does not close the business.
      await tx.insert(workingHours).values({
        orgId: tirana.org.id,
        businessId: tirana.business.id,
        employeeId: tirana.employees.ana.id,
        weekday: 3,
        opensAt: "11:00",
        closesAt: "12:00",
        kind: "break",
      });
      await tx.insert(timeOff).values([
        {
          orgId: closed.org.id,
          businessId: closed.business.id,
          startsAt: new Date("2030-01-09T00:00:00Z"),
          endsAt: new Date("2030-01-10T00:00:00Z"),
        },
        {
          orgId: tirana.org.id,
          businessId: tirana.business.id,
          employeeId: tirana.employees.ben.id,
          startsAt: new Date("2030-01-09T00:00:00Z"),
          endsAt: new Date("2030-01-10T00:00:00Z"),
        },
      ]);
      await tx.delete(workingHours).where(eq(workingHours.businessId, weekend.business.id));
      await tx.insert(workingHours).values(
        [6, 7].map((weekday) => ({
          orgId: weekend.org.id,
          businessId: weekend.business.id,
          weekday,
          opensAt: "00:00",
          closesAt: "23:59",
        })),
      );
    });
    const near = { lat: spot.lat, lng: spot.lng, radiusKm: 5 };

    expect(names(await search({ ...near, openNow: true }, now))).toEqual(["Tirana Open"]);
    expect(await search({ ...near, openNow: false }, now)).toMatchObject({ meta: { total: 5 } });
    // 16:00 in New York (21:00 UTC) is after Tirana's hours and inside New York's.
    expect(
      names(await search({ ...near, openNow: true }, new Date("2030-01-09T21:00:00Z"))),
    ).toEqual(["New York Asleep"]);
    expect(newYork.business.id).toBeTruthy();
  });

  it("pages through the results with the total of all matches", async () => {
    const spot = newSpot();
    for (let n = 1; n <= 5; n++) await place(`Pager ${n}`, spot.north(n));
    const near = { lat: spot.lat, lng: spot.lng, radiusKm: 10, pageSize: 2 };

    const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ ...near, page })));
    expect(pages.map(names)).toEqual([
      ["Pager 1", "Pager 2"],
      ["Pager 3", "Pager 4"],
      ["Pager 5"],
      [],
    ]);
    expect(pages.map((page) => page.meta)).toEqual([
      { page: 1, pageSize: 2, total: 5 },
      { page: 2, pageSize: 2, total: 5 },
      { page: 3, pageSize: 2, total: 5 },
      { page: 4, pageSize: 2, total: 5 },
    ]);
  });
});

describe("GET /api/v1/businesses", () => {
  it("answers publicly with localized fields, images, categories and paging meta", async () => {
    const spot = newSpot();
    const { org, business } = await place("Salon Lingua", spot.north(3), {
      bio: { en: "Cuts in the old town", sq: "Prerje në qytetin e vjetër" },
      logoKey: "businesses/logo-lingua.png",
    });
    await bookingCategory({ en: "Hairdresser", sq: "Parukeri" }, { business });
    await withSystemScope((tx) =>
      tx.insert(businessImages).values([
        { orgId: org.id, businessId: business.id, storageKey: "businesses/a.jpg", position: 0 },
        {
          orgId: org.id,
          businessId: business.id,
          storageKey: "businesses/main.jpg",
          position: 1,
          isMain: true,
        },
      ]),
    );
    const query = { lat: String(spot.lat), lng: String(spot.lng), radiusKm: "5" };

    const english = await callApi(GET, { query });
    expect(english.status).toBe(200);
    expect(english.body.meta).toEqual({ page: 1, pageSize: 20, total: 1 });
    expect(english.body.data).toEqual([
      expect.objectContaining({
        id: business.id,
        slug: business.slug,
        name: "Salon Lingua",
        bio: "Cuts in the old town",
        logoUrl: "/files/businesses/logo-lingua.png",
        mainImageUrl: "/files/businesses/main.jpg",
        priceFromMinor: 1500,
        currency: "EUR",
        distanceKm: 3,
        categories: [expect.objectContaining({ name: "Hairdresser" })],
      }),
    ]);

    const albanian = await callApi(GET, { query, headers: { "accept-language": "sq" } });
    expect(albanian.body.data[0]).toMatchObject({
      bio: "Prerje në qytetin e vjetër",
      categories: [{ name: "Parukeri" }],
    });
  });

  it("answers 422 with field errors for bad parameters", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ lat: "41.3" }, "lng"],
      [{ lng: "19.8" }, "lat"],
      [{ lat: "91", lng: "19.8" }, "lat"],
      [{ lat: "north", lng: "19.8" }, "lat"],
      [{ radiusKm: "5" }, "radiusKm"],
      [{ lat: "41.3", lng: "19.8", radiusKm: "0" }, "radiusKm"],
      [{ sort: "distance" }, "sort"],
      [{ sort: "price" }, "sort"],
      [{ minPrice: "3000", maxPrice: "1000" }, "maxPrice"],
      [{ minPrice: "-1" }, "minPrice"],
      [{ minRating: "6" }, "minRating"],
      [{ visitType: "online" }, "visitType"],
      [{ gender: "other" }, "gender"],
      [{ openNow: "maybe" }, "openNow"],
      [{ page: "0" }, "page"],
      [{ pageSize: "500" }, "pageSize"],
      [{ q: "x" }, "q"],
      [{ color: "red" }, "query"],
    ];
    for (const [query, field] of cases) {
      const response = await callApi(GET, { query });
      expect(response.status, JSON.stringify(query)).toBe(422);
      expect(Object.keys(response.body.errors), JSON.stringify(query)).toContain(field);
    }
    const translated = await callApi(GET, {
      query: { sort: "distance" },
      headers: { "accept-language": "sq" },
    });
    expect(translated.body.errors.sort).toEqual([
      "Renditja sipas distancës kërkon një vendndodhje (lat dhe lng).",
    ]);
  });

  it("treats blank parameters as absent", async () => {
    const response = await callApi(GET, {
      query: { q: "", lat: "", lng: "", minPrice: "", openNow: "", pageSize: "1" },
    });
    expect(response.status).toBe(200);
  });
});

describe("marketplace_businesses view", () => {
  it("is read-only for the app", async () => {
    const { business } = await bookingBusiness();
    await expect(
      getDb().execute(
        sql`update marketplace_businesses set name = 'Taken over' where id = ${business.id}`,
      ),
    ).rejects.toMatchObject({ cause: { code: "42501" } });
  });
});
