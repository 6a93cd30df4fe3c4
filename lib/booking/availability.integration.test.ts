import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  bookings,
  employees,
  employeeServices,
  services,
  timeOff,
  workingHours,
} from "@/db/schema/booking";
import { ValidationError } from "@/lib/errors";
import { withSystemScope, withTenant, withUserScope } from "@/lib/tenancy/scope";
import { checkSlot, findAvailability } from "./availability";
import { zonedWallTime } from "./availability.window";
import { type BusinessFixtureOptions, bookingBusiness } from "./booking.testing";

type Fixture = Awaited<ReturnType<typeof bookingBusiness>>;
type Who = "ana" | "ben";

/** Monday, 7 January 2030 (winter time in Tirane: UTC+1). */
const MONDAY = "2030-01-07";
/** Long before every window, so notice and horizon don't interfere unless a case says so. */
const EARLY = new Date("2030-01-01T00:00:00Z");

const at = (fixture: Fixture, date: string, time: string) =>
  zonedWallTime(date, time, fixture.business.timeZone);

/** Wall-clock "HH:mm" in the business's zone, the way a customer reads a slot. */
function wallTimes(fixture: Fixture, slots: string[]): string[] {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone: fixture.business.timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return slots.map((slot) => format.format(new Date(slot)));
}

// ---------- rows a case adds to the fixture ----------

function addHours(
  fixture: Fixture,
  rows: {
    who?: Who;
    service?: "cut" | "color";
    weekday?: number;
    opens: string;
    closes: string;
    kind?: "open" | "break";
  }[],
) {
  return withSystemScope((tx) =>
    tx.insert(workingHours).values(
      rows.map((row) => ({
        orgId: fixture.org.id,
        businessId: fixture.business.id,
        employeeId: row.who ? fixture.employees[row.who].id : null,
        serviceId: row.service ? fixture.services[row.service].id : null,
        weekday: row.weekday ?? 1,
        opensAt: row.opens,
        closesAt: row.closes,
        kind: row.kind ?? "open",
      })),
    ),
  );
}

function addTimeOff(
  fixture: Fixture,
  who: Who | null,
  from: [string, string],
  to: [string, string],
) {
  return withSystemScope((tx) =>
    tx.insert(timeOff).values({
      orgId: fixture.org.id,
      businessId: fixture.business.id,
      employeeId: who ? fixture.employees[who].id : null,
      startsAt: at(fixture, ...from),
      endsAt: at(fixture, ...to),
    }),
  );
}

async function addBooking(
  fixture: Fixture,
  who: Who,
  date: string,
  start: string,
  end: string,
  occupiedUntil = end,
  status: "pending" | "confirmed" | "canceled" = "confirmed",
): Promise<string> {
  const [row] = await withSystemScope((tx) =>
    tx
      .insert(bookings)
      .values({
        orgId: fixture.org.id,
        businessId: fixture.business.id,
        customerId: fixture.team.member.user.id,
        employeeId: fixture.employees[who].id,
        startsAt: at(fixture, date, start),
        endsAt: at(fixture, date, end),
        occupiedUntil: at(fixture, date, occupiedUntil),
        status,
        totalPriceMinor: 1500,
        currency: "EUR",
      })
      .returning({ id: bookings.id }),
  );
  return row!.id;
}

function available(
  fixture: Fixture,
  options: {
    services?: ("cut" | "color")[];
    employee?: Who;
    date?: string;
    days?: number;
    step?: number | null;
    now?: Date;
    excludeBookingId?: string;
  } = {},
) {
  const date = options.date ?? MONDAY;
  const tz = fixture.business.timeZone;
  return withTenant({ orgId: fixture.org.id }, (tx) =>
    findAvailability(tx, {
      businessId: fixture.business.id,
      serviceIds: (options.services ?? ["cut"]).map((name) => fixture.services[name].id),
      employeeId: options.employee ? fixture.employees[options.employee].id : null,
      from: zonedWallTime(date, "00:00", tz),
      to: zonedWallTime(date, "00:00", tz, options.days ?? 1),
      stepMinutes: options.step === null ? undefined : (options.step ?? 30),
      // A day before the window: well inside the horizon, clear of the notice.
      now: options.now ?? zonedWallTime(date, "00:00", tz, -1),
      excludeBookingId: options.excludeBookingId,
    }),
  );
}

/** Slots per employee name, as wall times. */
async function wallSlots(fixture: Fixture, options: Parameters<typeof available>[1] = {}) {
  const result = await available(fixture, options);
  const names = new Map(
    Object.entries(fixture.employees).map(([name, employee]) => [employee.id, name]),
  );
  return Object.fromEntries(
    result.employees.map((employee) => [
      names.get(employee.employeeId)!,
      wallTimes(fixture, employee.slots),
    ]),
  );
}

const ALL = ["09:00", "09:30", "10:00", "10:30"];

interface Case {
  name: string;
  business?: BusinessFixtureOptions;
  setup?: (fixture: Fixture) => Promise<unknown>;
  query?: (
    fixture: Fixture,
  ) => Parameters<typeof available>[1] | Promise<Parameters<typeof available>[1]>;
  expected: Partial<Record<Who, string[]>>;
}

/**
 * Each case: a business open 09:00–11:00 every day (Tirane), a 30-minute cut with a
 * 10-minute buffer and a 60-minute color, Ana and Ben doing both; 30-minute steps on
 * Monday 7 January 2030 unless the case says otherwise.
 */
const cases: Case[] = [
  { name: "business hours", expected: { ana: ALL, ben: ALL } },
  {
    name: "several ranges a day",
    setup: (f) => addHours(f, [{ opens: "14:00", closes: "15:00" }]),
    expected: { ana: [...ALL, "14:00", "14:30"], ben: [...ALL, "14:00", "14:30"] },
  },
  {
    name: "a business break",
    setup: (f) => addHours(f, [{ opens: "10:00", closes: "10:30", kind: "break" }]),
    expected: { ana: ["09:00", "09:30", "10:30"], ben: ["09:00", "09:30", "10:30"] },
  },
  {
    name: "service hours narrow the business's",
    setup: (f) => addHours(f, [{ service: "cut", opens: "10:00", closes: "11:00" }]),
    expected: { ana: ["10:00", "10:30"], ben: ["10:00", "10:30"] },
  },
  {
    name: "another service's hours don't apply",
    setup: (f) => addHours(f, [{ service: "color", opens: "10:00", closes: "11:00" }]),
    expected: { ana: ALL, ben: ALL },
  },
  {
    name: "employee hours beat service and business hours",
    setup: (f) =>
      addHours(f, [
        { service: "cut", opens: "10:00", closes: "11:00" },
        { who: "ana", opens: "12:00", closes: "13:00" },
      ]),
    expected: { ana: ["12:00", "12:30"], ben: ["10:00", "10:30"] },
  },
  {
    name: "employee + service hours beat employee hours",
    setup: (f) =>
      addHours(f, [
        { who: "ana", opens: "12:00", closes: "14:00" },
        { who: "ana", service: "cut", opens: "13:00", closes: "14:00" },
      ]),
    expected: { ana: ["13:00", "13:30"], ben: ALL },
  },
  {
    name: "employee hours on another weekday leave this day to the business",
    setup: (f) => addHours(f, [{ who: "ana", weekday: 2, opens: "12:00", closes: "13:00" }]),
    expected: { ana: ALL, ben: ALL },
  },
  {
    name: "breaks of the winning level cut its hours",
    setup: (f) =>
      addHours(f, [
        { who: "ana", opens: "12:00", closes: "14:00" },
        { who: "ana", opens: "12:30", closes: "13:00", kind: "break" },
      ]),
    expected: { ana: ["12:00", "13:00", "13:30"], ben: ALL },
  },
  {
    name: "hours of two services intersect",
    setup: (f) =>
      addHours(f, [
        { service: "cut", opens: "09:00", closes: "12:00" },
        { service: "color", opens: "10:00", closes: "13:00" },
      ]),
    query: () => ({ services: ["cut", "color"] }),
    // 90 minutes inside 10:00–12:00.
    expected: { ana: ["10:00", "10:30"], ben: ["10:00", "10:30"] },
  },
  {
    name: "a business closure",
    setup: (f) => addTimeOff(f, null, [MONDAY, "09:45"], [MONDAY, "10:15"]),
    // Steps start again where the closure ends.
    expected: { ana: ["09:00", "10:15"], ben: ["09:00", "10:15"] },
  },
  {
    name: "a closure over the whole day",
    setup: (f) => addTimeOff(f, null, ["2030-01-06", "18:00"], ["2030-01-08", "00:00"]),
    expected: { ana: [], ben: [] },
  },
  {
    name: "an employee's time off",
    setup: (f) => addTimeOff(f, "ana", [MONDAY, "00:00"], [MONDAY, "10:00"]),
    expected: { ana: ["10:00", "10:30"], ben: ALL },
  },
  {
    name: "a booking with its buffer",
    // 09:30–10:00 cut, busy until 10:10: 09:00 (busy to 09:40) and 10:00 overlap it.
    setup: (f) => addBooking(f, "ana", MONDAY, "09:30", "10:00", "10:10"),
    expected: { ana: ["10:30"], ben: ALL },
  },
  {
    name: "the new booking's buffer must not reach the next booking",
    // A cut at 09:30 ends 10:00 but is busy until 10:10, into Ana's 10:00 booking.
    setup: (f) => addBooking(f, "ana", MONDAY, "10:00", "10:30"),
    expected: { ana: ["09:00", "10:30"], ben: ALL },
  },
  {
    name: "the buffer may run past closing time",
    // 10:30 cut ends 11:00 (closing), busy until 11:10.
    expected: { ana: ALL },
    query: () => ({ employee: "ana" }),
  },
  {
    name: "pending bookings hold time, canceled ones don't",
    setup: async (f) => {
      await addBooking(f, "ana", MONDAY, "09:00", "09:30", "09:30", "pending");
      await addBooking(f, "ben", MONDAY, "09:00", "09:30", "09:30", "canceled");
    },
    expected: { ana: ["09:30", "10:00", "10:30"], ben: ALL },
  },
  {
    name: "the booking being rescheduled doesn't block itself",
    setup: (f) => addBooking(f, "ana", MONDAY, "09:00", "11:00"),
    query: async (f) => {
      const [own] = await withSystemScope((tx) =>
        tx
          .select({ id: bookings.id })
          .from(bookings)
          .where(eq(bookings.employeeId, f.employees.ana.id)),
      );
      return { employee: "ana", excludeBookingId: own!.id };
    },
    expected: { ana: ALL },
  },
  {
    name: "services add up: 30 + 60 minutes, the sum of buffers after",
    query: () => ({ services: ["cut", "color"] }),
    expected: { ana: ["09:00", "09:30"], ben: ["09:00", "09:30"] },
  },
  {
    name: "minimum notice",
    business: { hours: ["09:00", "11:00"], minNoticeMinutes: 60 },
    // Now 08:50: nothing before 09:50.
    query: (f) => ({ now: at(f, MONDAY, "08:50") }),
    expected: { ana: ["10:00", "10:30"], ben: ["10:00", "10:30"] },
  },
  {
    name: "maximum horizon",
    business: { hours: ["09:00", "11:00"], maxHorizonDays: 1 },
    // Now Sunday 09:45: nothing from Monday 09:45 on.
    query: (f) => ({ now: at(f, "2030-01-06", "09:45") }),
    expected: { ana: ["09:00", "09:30"], ben: ["09:00", "09:30"] },
  },
  {
    name: "the business's step when none is asked for (15 minutes)",
    query: () => ({ step: null, employee: "ana" }),
    expected: {
      ana: ["09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30"],
    },
  },
  {
    name: "a step of 45 minutes",
    query: () => ({ step: 45, employee: "ben" }),
    expected: { ben: ["09:00", "09:45", "10:30"] },
  },
  {
    name: "several days, closed on the weekend",
    business: { hours: ["09:00", "10:00"], weekdays: [1, 2, 3, 4, 5] },
    // Friday 11 to Monday 14 January.
    query: () => ({ date: "2030-01-11", days: 4, employee: "ana", step: 60 }),
    expected: { ana: ["09:00", "09:00"] },
  },
  {
    name: "one employee asked for",
    query: () => ({ employee: "ben" }),
    expected: { ben: ALL },
  },
  {
    name: "employees lacking a service, or inactive, are left out",
    setup: (f) =>
      withSystemScope(async (tx) => {
        await tx
          .delete(employeeServices)
          .where(eq(employeeServices.employeeId, f.employees.ben.id));
        await tx.insert(employees).values({
          orgId: f.org.id,
          businessId: f.business.id,
          name: "Cleo Away",
          active: false,
        });
      }),
    expected: { ana: ALL },
  },
  // DST: Tirane springs forward at 02:00 on 31 March 2030 and falls back at 03:00 on
  // 27 October 2030; New York on 10 March and 3 November 2030 (at 02:00).
  {
    name: "Tirane, spring forward: 02:00–03:00 doesn't exist",
    business: { hours: ["01:00", "04:00"] },
    query: () => ({ date: "2030-03-31", employee: "ana" }),
    expected: { ana: ["01:00", "01:30", "03:00", "03:30"] },
  },
  {
    name: "Tirane, fall back: 02:00–03:00 happens twice",
    business: { hours: ["01:00", "04:00"] },
    query: () => ({ date: "2030-10-27", employee: "ana" }),
    expected: {
      ana: ["01:00", "01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30"],
    },
  },
  {
    name: "New York, spring forward",
    business: { hours: ["01:00", "04:00"], timeZone: "America/New_York" },
    query: () => ({ date: "2030-03-10", employee: "ana" }),
    expected: { ana: ["01:00", "01:30", "03:00", "03:30"] },
  },
  {
    name: "New York, fall back",
    business: { hours: ["00:00", "03:00"], timeZone: "America/New_York" },
    query: () => ({ date: "2030-11-03", employee: "ana" }),
    expected: {
      ana: ["00:00", "00:30", "01:00", "01:30", "01:00", "01:30", "02:00", "02:30"],
    },
  },
  {
    name: "New York, fall back: a booking in the first 01:00 leaves the second one free",
    business: { hours: ["00:00", "03:00"], timeZone: "America/New_York" },
    // 01:00–01:30 EDT (05:00–05:30 UTC); a 00:30 cut would run into it with its buffer.
    setup: (f) =>
      withSystemScope((tx) =>
        tx.insert(bookings).values({
          orgId: f.org.id,
          businessId: f.business.id,
          customerId: f.team.member.user.id,
          employeeId: f.employees.ana.id,
          startsAt: new Date("2030-11-03T05:00:00Z"),
          endsAt: new Date("2030-11-03T05:30:00Z"),
          occupiedUntil: new Date("2030-11-03T05:30:00Z"),
          status: "confirmed",
          totalPriceMinor: 1500,
          currency: "EUR",
        }),
      ),
    query: () => ({ date: "2030-11-03", employee: "ana" }),
    expected: { ana: ["00:00", "01:30", "01:00", "01:30", "02:00", "02:30"] },
  },
];

describe("findAvailability", () => {
  it.each(cases)("$name", async ({ business, setup, query, expected }) => {
    const fixture = await bookingBusiness(business ?? { hours: ["09:00", "11:00"] });
    await setup?.(fixture);
    const options = (await query?.(fixture)) ?? {};
    expect(await wallSlots(fixture, options)).toEqual(expected);
  });

  it("reports the services' total duration and buffer, and UTC instants", async () => {
    const fixture = await bookingBusiness({
      hours: ["09:00", "10:00"],
      timeZone: "America/New_York",
    });
    // The Monday after New York springs forward: 09:00 EDT is 13:00 UTC.
    const result = await available(fixture, {
      services: ["cut", "color"],
      date: "2030-03-11",
      employee: "ana",
      step: 60,
    });
    expect(result.durationMinutes).toBe(90);
    expect(result.bufferMinutes).toBe(10);
    expect(result.employees).toEqual([{ employeeId: fixture.employees.ana.id, slots: [] }]);
    const cut = await available(fixture, { date: "2030-03-11", employee: "ana", step: 60 });
    expect(cut.employees[0]!.slots).toEqual(["2030-03-11T13:00:00.000Z"]);
  });

  it("refuses unknown or inactive services and an employee who doesn't do them", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "11:00"] });
    const other = await bookingBusiness({ hours: ["09:00", "11:00"] });
    await withSystemScope((tx) =>
      tx.update(services).set({ active: false }).where(eq(services.id, fixture.services.color.id)),
    );
    const run = (serviceIds: string[], employeeId: string | null = null) =>
      withTenant({ orgId: fixture.org.id }, (tx) =>
        findAvailability(tx, {
          businessId: fixture.business.id,
          serviceIds,
          employeeId,
          from: at(fixture, MONDAY, "00:00"),
          to: at(fixture, MONDAY, "23:00"),
          now: EARLY,
        }),
      );
    for (const serviceIds of [
      [fixture.services.color.id],
      [other.services.cut.id],
      [],
      ["not-a-uuid"],
    ]) {
      await expect(run(serviceIds)).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(run([fixture.services.cut.id], other.employees.ana.id)).rejects.toMatchObject({
      fieldErrors: { employeeId: ["booking.availability.employeeUnavailable"] },
    });
  });

  it("refuses to answer where row-level security hides other people's bookings", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "11:00"] });
    await expect(
      withUserScope(fixture.team.member.user.id, (tx) =>
        findAvailability(tx, {
          businessId: fixture.business.id,
          serviceIds: [fixture.services.cut.id],
          from: at(fixture, MONDAY, "00:00"),
          to: at(fixture, MONDAY, "23:00"),
          now: EARLY,
        }),
      ),
    ).rejects.toThrow(/tenant scope/);
  });

  it("is 404 for a business the scope can't see", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "11:00"], status: "draft" });
    const other = await bookingBusiness({ hours: ["09:00", "11:00"] });
    await expect(
      withTenant({ orgId: other.org.id }, (tx) =>
        findAvailability(tx, {
          businessId: fixture.business.id,
          serviceIds: [fixture.services.cut.id],
          from: at(fixture, MONDAY, "00:00"),
          to: at(fixture, MONDAY, "23:00"),
          now: EARLY,
        }),
      ),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("checkSlot", () => {
  const check = (
    fixture: Fixture,
    who: Who | null,
    time: string,
    options: { services?: ("cut" | "color")[]; now?: Date; excludeBookingId?: string } = {},
  ) =>
    withTenant({ orgId: fixture.org.id }, (tx) =>
      checkSlot(tx, {
        businessId: fixture.business.id,
        serviceIds: (options.services ?? ["cut"]).map((name) => fixture.services[name].id),
        employeeId: who ? fixture.employees[who].id : null,
        startsAt: at(fixture, MONDAY, time),
        now: options.now ?? EARLY,
        excludeBookingId: options.excludeBookingId,
      }),
    );

  it("answers the employee, the end and the end with the buffer for a free start", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "11:00"] });
    expect(await check(fixture, "ana", "09:30")).toEqual({
      employeeId: fixture.employees.ana.id,
      endsAt: at(fixture, MONDAY, "10:00"),
      occupiedUntil: at(fixture, MONDAY, "10:10"),
    });
    // Off the step grid is fine (the business may drag a booking to 10:05).
    expect(await check(fixture, "ana", "10:05")).toMatchObject({
      endsAt: at(fixture, MONDAY, "10:35"),
    });
  });

  it("is null when taken, outside hours, too soon or when the services don't fit", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "12:00"], minNoticeMinutes: 60 });
    await addBooking(fixture, "ana", MONDAY, "10:00", "10:30", "10:40");
    expect(await check(fixture, "ana", "09:45")).toBeNull(); // runs into the booking
    expect(await check(fixture, "ana", "10:30")).toBeNull(); // inside its buffer
    expect(await check(fixture, "ana", "10:40")).not.toBeNull();
    expect(await check(fixture, "ben", "08:30")).toBeNull(); // before opening
    expect(await check(fixture, "ben", "11:45")).toBeNull(); // would end after closing
    expect(await check(fixture, "ben", "10:45", { services: ["cut", "color"] })).toBeNull();
    const now = at(fixture, MONDAY, "09:00");
    expect(await check(fixture, "ben", "09:30", { now })).toBeNull(); // inside the notice
    expect(await check(fixture, "ben", "10:00", { now })).not.toBeNull();
  });

  it("first available: a free employee, the least booked that day first", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "17:00"] });
    // Ana has one booking that day, Ben two: Ana is chosen while both are free.
    await addBooking(fixture, "ana", MONDAY, "15:00", "15:30");
    await addBooking(fixture, "ben", MONDAY, "14:00", "14:30");
    await addBooking(fixture, "ben", MONDAY, "16:00", "16:30");
    expect((await check(fixture, null, "09:00"))?.employeeId).toBe(fixture.employees.ana.id);
    // Only Ben is free at 15:00.
    expect((await check(fixture, null, "15:00"))?.employeeId).toBe(fixture.employees.ben.id);
    // Nobody at 09:00 once both are booked then.
    await addBooking(fixture, "ana", MONDAY, "09:00", "09:30");
    await addBooking(fixture, "ben", MONDAY, "09:00", "09:30");
    expect(await check(fixture, null, "09:00")).toBeNull();
  });

  it("ignores the booking being rescheduled", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "11:00"] });
    const own = await addBooking(fixture, "ana", MONDAY, "09:00", "09:30", "09:40");
    expect(await check(fixture, "ana", "09:15")).toBeNull();
    expect(await check(fixture, "ana", "09:15", { excludeBookingId: own })).not.toBeNull();
  });

  it("agrees with the exclusion constraint at the edges of a booking", async () => {
    const fixture = await bookingBusiness({ hours: ["09:00", "11:00"] });
    await addBooking(fixture, "ana", MONDAY, "10:00", "10:30", "10:40");
    const free = await check(fixture, "ana", "09:20"); // busy until 10:00 exactly
    expect(free).not.toBeNull();
    await withSystemScope((tx) =>
      tx.insert(bookings).values({
        orgId: fixture.org.id,
        businessId: fixture.business.id,
        customerId: fixture.team.member.user.id,
        employeeId: free!.employeeId,
        startsAt: at(fixture, MONDAY, "09:20"),
        endsAt: free!.endsAt,
        occupiedUntil: free!.occupiedUntil,
        status: "confirmed",
        totalPriceMinor: 1500,
        currency: "EUR",
      }),
    );
    expect(await check(fixture, "ana", "09:00")).toBeNull();
  });
});
