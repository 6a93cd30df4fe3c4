import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/businesses/[idOrSlug]/availability/route";
import { bookings, businesses } from "@/db/schema/booking";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { zonedWallTime } from "./availability.window";
import { bookingBusiness } from "./booking.testing";

/** Monday, 7 January 2030; "now" is the Friday before (fake clock, Date only). */
const MONDAY = "2030-01-07";
const NOW = new Date("2030-01-04T12:00:00Z");

type Fixture = Awaited<ReturnType<typeof bookingBusiness>>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const monday = (fixture: Fixture, time: string) =>
  zonedWallTime(MONDAY, time, fixture.business.timeZone).toISOString();

function availability(
  idOrSlug: string,
  query: Record<string, string>,
  headers?: Record<string, string>,
) {
  return callApi(GET, { params: { idOrSlug }, query, headers });
}

describe("GET /api/v1/businesses/{idOrSlug}/availability", () => {
  it("answers anyone with free times per employee and for 'first available'", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "10:00"] });
    // Another customer's booking takes Ana's 09:00: the public answer must know it.
    await withSystemScope((tx) =>
      tx.insert(bookings).values({
        orgId: fixture.org.id,
        businessId: fixture.business.id,
        customerId: fixture.team.member.user.id,
        employeeId: fixture.employees.ana.id,
        startsAt: new Date(monday(fixture, "09:00")),
        endsAt: new Date(monday(fixture, "09:30")),
        occupiedUntil: new Date(monday(fixture, "09:40")),
        status: "confirmed",
        totalPriceMinor: 1500,
        currency: "EUR",
      }),
    );
    const response = await availability(fixture.business.id, {
      serviceIds: fixture.services.cut.id,
      from: MONDAY,
      to: MONDAY,
      step: "30",
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      businessId: fixture.business.id,
      timeZone: "Europe/Tirane",
      // The whole Monday in Tirane (UTC+1 in winter).
      from: "2030-01-06T23:00:00.000Z",
      to: "2030-01-07T23:00:00.000Z",
      stepMinutes: 30,
      durationMinutes: 30,
      bufferMinutes: 10,
      employees: [
        {
          employeeId: fixture.employees.ana.id,
          name: "Ana Stylist",
          slots: [],
        },
        {
          employeeId: fixture.employees.ben.id,
          name: "Ben Barber",
          slots: [monday(fixture, "09:00"), monday(fixture, "09:30")],
        },
      ],
      anyEmployee: [monday(fixture, "09:00"), monday(fixture, "09:30")],
    });
  });

  it("takes the slug, repeated or comma-separated services, one employee and instants", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "11:00"] });
    const url = new URL("http://localhost/api/v1/test");
    url.searchParams.append("serviceIds", fixture.services.cut.id);
    url.searchParams.append("serviceIds", fixture.services.color.id);
    url.searchParams.set("employeeId", fixture.employees.ben.id);
    url.searchParams.set("from", "2030-01-07T09:00:00+01:00");
    url.searchParams.set("to", "2030-01-07T12:00:00+01:00");
    const response = await GET(new Request(url), {
      params: Promise.resolve({ idOrSlug: fixture.business.slug }),
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.data.durationMinutes).toBe(90);
    // The business's own step (15 minutes): 90 minutes fit from 09:00 to 09:30.
    expect(body.data.stepMinutes).toBe(15);
    expect(body.data.employees).toEqual([
      {
        employeeId: fixture.employees.ben.id,
        name: "Ben Barber",
        slots: [monday(fixture, "09:00"), monday(fixture, "09:15"), monday(fixture, "09:30")],
      },
    ]);
    const comma = await availability(fixture.business.slug, {
      serviceIds: `${fixture.services.cut.id},${fixture.services.color.id}`,
      employeeId: fixture.employees.ben.id,
      from: "2030-01-07T09:00:00+01:00",
      to: "2030-01-07T12:00:00+01:00",
    });
    expect(comma.body.data.employees).toEqual(body.data.employees);
  });

  it("defaults to a week from now", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "10:00"] });
    const response = await availability(fixture.business.id, {
      serviceIds: fixture.services.color.id,
    });
    expect(response.status).toBe(200);
    expect(response.body.data.from).toBe(NOW.toISOString());
    expect(response.body.data.to).toBe("2030-01-11T12:00:00.000Z");
    // Saturday 5 to Friday 11 January, 09:00 each morning (Friday the 4th is past 09:00).
    expect(response.body.data.anyEmployee).toHaveLength(7);
  });

  it.each([
    ["no services", {}, "serviceIds"],
    ["a service id that isn't one", { serviceIds: "abc" }, "serviceIds.0"],
    ["a bad employee id", { employeeId: "abc" }, "employeeId"],
    ["a bad date", { from: "07/01/2030" }, "from"],
    ["a step too small", { step: "2" }, "step"],
    ["an unknown parameter", { sort: "name" }, "query"],
    ["to before from", { from: "2030-01-08", to: "2030-01-07" }, "to"],
    ["more than 31 days", { from: "2030-01-01", to: "2030-02-05" }, "to"],
    ["another business's service", { serviceIds: "OTHER" }, "serviceIds"],
  ])("422 for %s", async (_, query, field) => {
    const fixture = await bookingBusiness();
    const other = await bookingBusiness();
    const serviceIds =
      "serviceIds" in query
        ? query.serviceIds === "OTHER"
          ? other.services.cut.id
          : query.serviceIds
        : field === "serviceIds"
          ? undefined
          : fixture.services.cut.id;
    const response = await availability(fixture.business.id, {
      ...query,
      ...(serviceIds ? { serviceIds } : {}),
    } as Record<string, string>);
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual([field]);
  });

  it("speaks the caller's language", async () => {
    const fixture = await bookingBusiness();
    const other = await bookingBusiness();
    const response = await availability(
      fixture.business.id,
      { serviceIds: other.services.cut.id },
      { "accept-language": "sq" },
    );
    expect(response.status).toBe(422);
    expect(response.body.errors.serviceIds).toEqual([
      "Një ose më shumë nga këto shërbime nuk ofrohen nga ky biznes.",
    ]);
  });

  it("is 404 for unknown, draft and suspended businesses", async () => {
    const draft = await bookingBusiness({ status: "draft" });
    const suspended = await bookingBusiness();
    await withSystemScope((tx) =>
      tx
        .update(businesses)
        .set({ status: "suspended" })
        .where(eq(businesses.id, suspended.business.id)),
    );
    for (const [idOrSlug, serviceId] of [
      ["0194d7a8-1a7e-7cc1-9d3c-2f9a3c1b4e50", draft.services.cut.id],
      ["no-such-salon", draft.services.cut.id],
      [draft.business.id, draft.services.cut.id],
      [draft.business.slug, draft.services.cut.id],
      [suspended.business.id, suspended.services.cut.id],
    ] as const) {
      const response = await availability(idOrSlug, { serviceIds: serviceId });
      expect(response.status, idOrSlug).toBe(404);
      expect(response.body.message).toBe("We couldn't find this business.");
    }
  });
});
