import { describe, expect, it } from "vitest";
import * as myBookingRoute from "@/app/api/v1/bookings/[id]/route";
import * as myCancelRoute from "@/app/api/v1/bookings/[id]/cancel/route";
import * as myBookingsRoute from "@/app/api/v1/bookings/route";
import * as manageCancelRoute from "@/app/api/v1/manage/bookings/[id]/cancel/route";
import * as confirmRoute from "@/app/api/v1/manage/bookings/[id]/confirm/route";
import * as noShowRoute from "@/app/api/v1/manage/bookings/[id]/no-show/route";
import * as rejectRoute from "@/app/api/v1/manage/bookings/[id]/reject/route";
import * as rescheduleRoute from "@/app/api/v1/manage/bookings/[id]/reschedule/route";
import * as manageBookingRoute from "@/app/api/v1/manage/bookings/[id]/route";
import * as manageBookingsRoute from "@/app/api/v1/manage/bookings/route";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness } from "./booking.testing";
import {
  allBookingsOf,
  bookingAnnouncements,
  bookingRow,
  businessClient,
  inboxOf,
  messagesAbout,
  minutesAfter,
  setBusiness,
  startIn,
} from "./bookings.testing";
import { BOOKING_CREATE_LIMIT, markNoShow } from "./bookings.service";
import { bookings, businessClients, employees } from "@/db/schema/booking";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";

type Setup = Awaited<ReturnType<typeof bookingBusiness>>;

async function book(setup: Setup, token: string, overrides: Record<string, unknown> = {}) {
  return callApi(myBookingsRoute.POST, {
    token,
    body: {
      businessId: setup.business.id,
      serviceIds: [setup.services.cut.id],
      employeeId: setup.employees.ana.id,
      startsAt: startIn(10, "09:00"),
      ...overrides,
    },
  });
}

const manager = (setup: Setup) => ({
  token: setup.team.manager.token,
  orgId: setup.org.id,
});

describe("customer bookings", () => {
  it("books one or more services: snapshots, total, client row, notices to both sides", async () => {
    const setup = await bookingBusiness();
    const customer = await signedInUser({ name: "Cora Customer", locale: "sq" });
    // The employee has an account in the org: they hear about their bookings too.
    await withSystemScope((tx) =>
      tx
        .update(employees)
        .set({ userId: setup.team.worker.user.id })
        .where(eq(employees.id, setup.employees.ana.id)),
    );
    const startsAt = startIn(10, "09:00");
    const response = await book(setup, customer.token, {
      serviceIds: [setup.services.cut.id, setup.services.color.id],
      startsAt,
      notes: "Short please",
    });
    expect(response.status).toBe(201);
    const booking = response.body.data;
    expect(booking).toMatchObject({
      status: "confirmed",
      employee: { id: setup.employees.ana.id, name: "Ana Stylist" },
      startsAt,
      // 30 + 60 minutes; the cut's 10-minute buffer only occupies the employee.
      endsAt: minutesAfter(startsAt, 90),
      totalPriceMinor: 5500,
      currency: "EUR",
      paymentStatus: "not_required",
      createdBy: "customer",
      notes: "Short please",
      changeableUntil: minutesAfter(startsAt, -24 * 60),
    });
    // No Accept-Language: the API answers in the customer's saved language.
    expect(booking.services.map((item: { name: string }) => item.name)).toEqual([
      "Prerje flokësh",
      "Ngjyrosje flokësh",
    ]);
    const row = await bookingRow(booking.id);
    expect(row.occupiedUntil.toISOString()).toBe(minutesAfter(startsAt, 100));
    const [client] = await withSystemScope((tx) =>
      tx.select().from(businessClients).where(eq(businessClients.id, row.clientId!)),
    );
    expect(client).toMatchObject({ userId: customer.user.id, businessId: setup.business.id });

    // The customer hears in Albanian; managers and the employee in English; others nothing.
    const [customerNotice] = await inboxOf(customer.user.id);
    expect(customerNotice).toMatchObject({ kind: "booked", bookingId: booking.id, orgId: null });
    expect(customerNotice!.title).toContain("u konfirmua");
    for (const role of ["owner", "admin", "manager", "worker"] as const) {
      const [notice] = await inboxOf(setup.team[role].user.id);
      expect(notice, role).toMatchObject({ kind: "booked", orgId: setup.org.id });
      expect(notice!.title).toBe("New booking: Cora Customer");
    }
    expect(await inboxOf(setup.team.steward.user.id)).toEqual([]);
    const sent = await messagesAbout(booking.id);
    const emails = sent.filter((message) => message.channel === "email");
    expect(emails.map((message) => message.recipient).sort()).toEqual(
      [
        customer.user.email,
        ...["owner", "admin", "manager", "worker"].map(
          (role) => setup.team[role as "owner"].user.email,
        ),
      ].sort(),
    );
    expect(emails.find((message) => message.recipient === customer.user.email)).toMatchObject({
      template: "booking-notice",
      locale: "sq",
    });
    expect(sent.filter((message) => message.channel === "push")).toHaveLength(5);
  });

  it("honours the business's and each person's notification switches", async () => {
    const setup = await bookingBusiness();
    await setBusiness(setup.business.id, { notifyEmail: false, notifyPush: false });
    const customer = await signedInUser({ notifyEmail: false });
    const response = await book(setup, customer.token);
    expect(response.status).toBe(201);
    const sent = await messagesAbout(response.body.data.id);
    // Only the customer's push: their email is off, the business's channels are off.
    expect(sent.map((message) => [message.channel, message.recipient])).toEqual([
      ["push", customer.user.id],
    ]);
    // In-app notices are always written.
    expect(await inboxOf(setup.team.owner.user.id)).toHaveLength(1);
  });

  it("books the first available employee when none is chosen", async () => {
    const setup = await bookingBusiness();
    const first = await signedInUser();
    const second = await signedInUser();
    const startsAt = startIn(11, "10:00");
    const a = await book(setup, first.token, { employeeId: null, startsAt });
    const b = await book(setup, second.token, { employeeId: null, startsAt });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(new Set([a.body.data.employee.id, b.body.data.employee.id]).size).toBe(2);
  });

  it("waits for approval at a manual business; the business confirms or declines", async () => {
    const setup = await bookingBusiness({ autoConfirm: false });
    const customer = await signedInUser();
    const first = await book(setup, customer.token);
    expect(first.body.data.status).toBe("pending");
    expect((await inboxOf(setup.team.manager.user.id))[0]!.title).toContain("Booking to confirm");

    // A member may read bookings but not decide them.
    const denied = await callApi(confirmRoute.POST, {
      token: setup.team.member.token,
      orgId: setup.org.id,
      params: { id: first.body.data.id },
    });
    expect(denied.status).toBe(403);

    const confirmed = await callApi(confirmRoute.POST, {
      ...manager(setup),
      params: { id: first.body.data.id },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data.status).toBe("confirmed");
    expect((await inboxOf(customer.user.id)).map((notice) => notice.kind)).toEqual([
      "booked",
      "confirmed",
    ]);
    // The manager who confirmed is not told about their own click; the owner is.
    expect((await inboxOf(setup.team.manager.user.id)).map((n) => n.kind)).toEqual(["booked"]);
    expect((await inboxOf(setup.team.owner.user.id)).map((n) => n.kind)).toEqual([
      "booked",
      "confirmed",
    ]);
    const again = await callApi(confirmRoute.POST, {
      ...manager(setup),
      params: { id: first.body.data.id },
    });
    expect(again.status).toBe(409);

    const second = await book(setup, customer.token, { startsAt: startIn(12, "09:00") });
    const rejected = await callApi(rejectRoute.POST, {
      ...manager(setup),
      params: { id: second.body.data.id },
      body: { reason: "Fully booked" },
    });
    expect(rejected.body.data).toMatchObject({ status: "rejected", cancelReason: "Fully booked" });
    expect((await inboxOf(customer.user.id)).at(-1)!.body).toContain("Reason: Fully booked");
    // A declined booking frees the time.
    const retry = await book(setup, customer.token, { startsAt: startIn(12, "09:00") });
    expect(retry.status).toBe(201);
  });

  it("answers a taken slot with 409 and that day's free times", async () => {
    const setup = await bookingBusiness();
    const first = await signedInUser();
    const second = await signedInUser();
    const startsAt = startIn(10, "09:00");
    expect((await book(setup, first.token, { startsAt })).status).toBe(201);
    // Inside the first booking's buffer (09:30–09:40) is taken too.
    const taken = await book(setup, second.token, { startsAt: minutesAfter(startsAt, 35) });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toMatch(/no longer free/);
    const availability = taken.body.data.availability;
    expect(availability.date).toBe(startsAt.slice(0, 10));
    expect(availability.timeZone).toBe("Europe/Tirane");
    const ana = availability.employees.find(
      (employee: { employeeId: string }) => employee.employeeId === setup.employees.ana.id,
    );
    expect(ana.slots).not.toContain(startsAt);
    // On the 15-minute grid: the first start after 09:40 is 09:45; 08:30 + 40 min would
    // run into the booking.
    expect(ana.slots).toContain(minutesAfter(startsAt, 45));
    expect(ana.slots).toContain(minutesAfter(startsAt, -45));
    expect(ana.slots).not.toContain(minutesAfter(startsAt, -30));
    expect(await allBookingsOf(setup.business.id)).toHaveLength(1);
  });

  it("lets exactly one of two customers take the same slot at once", async () => {
    const setup = await bookingBusiness();
    const [first, second] = await Promise.all([signedInUser(), signedInUser()]);
    const startsAt = startIn(14, "11:00");
    const results = await Promise.all([
      book(setup, first.token, { startsAt }),
      book(setup, second.token, { startsAt }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    const loser = results.find((result) => result.status === 409)!;
    expect(loser.body.data.availability.employees.length).toBeGreaterThan(0);
    const active = (await allBookingsOf(setup.business.id)).filter(
      (row) => row.status === "confirmed",
    );
    expect(active).toHaveLength(1);
  });

  it("refuses bad input with 422 and changes nothing", async () => {
    const setup = await bookingBusiness();
    const other = await bookingBusiness();
    const customer = await signedInUser();
    const cases: [Record<string, unknown>, string][] = [
      [{ serviceIds: [other.services.cut.id] }, "serviceIds.0"],
      [{ serviceIds: [] }, "serviceIds"],
      [{ serviceIds: [setup.services.cut.id, setup.services.cut.id] }, "serviceIds"],
      [{ employeeId: other.employees.ana.id }, "employeeId"],
      [{ startsAt: "tomorrow" }, "startsAt"],
      [{ visitType: "home_visit", visitAddress: "Rruga 1" }, "visitType"],
    ];
    for (const [overrides, field] of cases) {
      const response = await book(setup, customer.token, overrides);
      expect(response.status, field).toBe(422);
      expect(Object.keys(response.body.errors), field).toContain(field);
    }
    await setBusiness(setup.business.id, { visitType: "both" });
    const noAddress = await book(setup, customer.token, { visitType: "home_visit" });
    expect(noAddress.body.errors).toHaveProperty("visitAddress");
    expect(await allBookingsOf(setup.business.id)).toEqual([]);
  });

  it("limits booking attempts per customer (429 with Retry-After)", async () => {
    const setup = await bookingBusiness();
    const customer = await signedInUser();
    // The customer has used up the hour's attempts.
    await getDb().execute(
      sql`insert into rate_limits (key, window_start, count)
          values (${`${BOOKING_CREATE_LIMIT.name}:${customer.user.id}`}, now(), ${BOOKING_CREATE_LIMIT.limit})`,
    );
    const refused = await book(setup, customer.token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await allBookingsOf(setup.business.id)).toEqual([]);
  });

  it("announces every change on the org channel", async () => {
    const setup = await bookingBusiness({ autoConfirm: false });
    const customer = await signedInUser();
    const created = await book(setup, customer.token);
    const id = created.body.data.id;
    await callApi(confirmRoute.POST, { ...manager(setup), params: { id } });
    await callApi(myBookingRoute.PATCH, {
      token: customer.token,
      params: { id },
      body: { startsAt: startIn(10, "12:00") },
    });
    await callApi(myCancelRoute.POST, { token: customer.token, params: { id }, body: {} });
    expect(await bookingAnnouncements(setup.org.id)).toEqual([[id], [id], [id], [id]]);
  });

  it("needs a sign-in and a published business", async () => {
    const setup = await bookingBusiness();
    const draft = await bookingBusiness({ status: "draft" });
    const customer = await signedInUser();
    expect((await callApi(myBookingsRoute.POST, { body: {} })).status).toBe(401);
    expect((await callApi(myBookingsRoute.GET)).status).toBe(401);
    expect((await book(draft, customer.token)).status).toBe(404);
    expect((await book(setup, customer.token)).status).toBe(201);
  });

  it("cancels and reschedules within the business's window only", async () => {
    const setup = await bookingBusiness();
    await setBusiness(setup.business.id, { cancellationWindowHours: 24 * 5 });
    const customer = await signedInUser();
    const soon = await book(setup, customer.token, { startsAt: startIn(3, "09:00") });
    const later = await book(setup, customer.token, { startsAt: startIn(10, "09:00") });

    // Three days ahead is inside a five-day window: too late for the customer.
    const lateCancel = await callApi(myCancelRoute.POST, {
      token: customer.token,
      params: { id: soon.body.data.id },
      body: {},
    });
    expect(lateCancel.status).toBe(403);
    expect(lateCancel.body.message).toContain("120 hours");
    const lateMove = await callApi(myBookingRoute.PATCH, {
      token: customer.token,
      params: { id: soon.body.data.id },
      body: { startsAt: startIn(20, "09:00") },
    });
    expect(lateMove.status).toBe(403);
    expect((await bookingRow(soon.body.data.id)).status).toBe("confirmed");

    // Notes are always theirs to edit.
    const notes = await callApi(myBookingRoute.PATCH, {
      token: customer.token,
      params: { id: soon.body.data.id },
      body: { notes: "Running late" },
    });
    expect(notes.body.data.notes).toBe("Running late");

    const newStart = startIn(11, "12:00");
    const moved = await callApi(myBookingRoute.PATCH, {
      token: customer.token,
      params: { id: later.body.data.id },
      body: { startsAt: newStart, employeeId: setup.employees.ben.id },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({
      startsAt: newStart,
      endsAt: minutesAfter(newStart, 30),
      employee: { id: setup.employees.ben.id },
      status: "confirmed",
    });
    const [rescheduledNotice] = (await inboxOf(setup.team.owner.user.id)).filter(
      (notice) => notice.kind === "rescheduled",
    );
    expect(rescheduledNotice!.body).toContain("(was ");

    const canceled = await callApi(myCancelRoute.POST, {
      token: customer.token,
      params: { id: later.body.data.id },
      body: { reason: "Sick" },
    });
    expect(canceled.body.data).toMatchObject({
      status: "canceled",
      canceledBy: "customer",
      cancelReason: "Sick",
    });
    const twice = await callApi(myCancelRoute.POST, {
      token: customer.token,
      params: { id: later.body.data.id },
      body: {},
    });
    expect(twice.status).toBe(409);
  });

  it("asks for approval again when a customer moves a booking at a manual business", async () => {
    const setup = await bookingBusiness({ autoConfirm: false });
    const customer = await signedInUser();
    const created = await book(setup, customer.token);
    await callApi(confirmRoute.POST, { ...manager(setup), params: { id: created.body.data.id } });
    const moved = await callApi(myBookingRoute.PATCH, {
      token: customer.token,
      params: { id: created.body.data.id },
      body: { startsAt: startIn(10, "12:00") },
    });
    expect(moved.body.data.status).toBe("pending");
    expect(moved.body.data.confirmedAt).toBeNull();
    const [notice] = (await inboxOf(setup.team.owner.user.id)).filter(
      (entry) => entry.kind === "rescheduled",
    );
    expect(notice!.title).toMatch(/^Booking moved, to confirm:/);
  });

  it("keeps each customer's bookings to themselves", async () => {
    const setup = await bookingBusiness();
    const owner = await signedInUser();
    const stranger = await signedInUser();
    const created = await book(setup, owner.token);
    const id = created.body.data.id;
    const get = await callApi(myBookingRoute.GET, { token: stranger.token, params: { id } });
    expect(get.status).toBe(404);
    const patch = await callApi(myBookingRoute.PATCH, {
      token: stranger.token,
      params: { id },
      body: { notes: "mine now" },
    });
    expect(patch.status).toBe(404);
    const cancel = await callApi(myCancelRoute.POST, {
      token: stranger.token,
      params: { id },
      body: {},
    });
    expect(cancel.status).toBe(404);
    const list = await callApi(myBookingsRoute.GET, { token: stranger.token });
    expect(list.body.data).toEqual([]);
    const mine = await callApi(myBookingsRoute.GET, {
      token: owner.token,
      query: { when: "upcoming" },
    });
    expect(mine.body.data.map((booking: { id: string }) => booking.id)).toEqual([id]);
    expect(mine.body.meta).toEqual({ page: 1, pageSize: 20, total: 1 });
    const past = await callApi(myBookingsRoute.GET, {
      token: owner.token,
      query: { when: "past" },
    });
    expect(past.body.data).toEqual([]);
    expect((await bookingRow(id)).notes).toBeNull();
  });
});

describe("business bookings", () => {
  it("books for a client, lists with filters, moves and cancels with a reason", async () => {
    const setup = await bookingBusiness();
    const clientUser = await signedInUser({ name: "Klea Client" });
    const client = await businessClient(setup.business, {
      name: "Klea Client",
      userId: clientUser.user.id,
    });
    const startsAt = startIn(9, "13:00");
    const created = await callApi(manageBookingsRoute.POST, {
      ...manager(setup),
      body: {
        businessId: setup.business.id,
        clientId: client.id,
        serviceIds: [setup.services.color.id],
        employeeId: setup.employees.ben.id,
        startsAt,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      status: "confirmed",
      createdBy: "business",
      customer: { id: clientUser.user.id, name: "Klea Client" },
      client: { id: client.id, name: "Klea Client" },
      occupiedUntil: minutesAfter(startsAt, 60),
    });
    expect(created.body.data.services[0].nameLocalized).toEqual({
      en: "Hair color",
      sq: "Ngjyrosje flokësh",
    });
    expect((await inboxOf(clientUser.user.id)).map((notice) => notice.kind)).toEqual(["booked"]);
    const id = created.body.data.id;

    const listed = await callApi(manageBookingsRoute.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
      query: {
        businessId: setup.business.id,
        employeeId: setup.employees.ben.id,
        status: "confirmed",
        from: startIn(9, "00:00"),
        to: startIn(10, "00:00"),
      },
    });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((booking: { id: string }) => booking.id)).toEqual([id]);
    const outside = await callApi(manageBookingsRoute.GET, {
      ...manager(setup),
      query: { from: startIn(10, "00:00"), to: startIn(11, "00:00") },
    });
    expect(outside.body.data).toEqual([]);
    const badRange = await callApi(manageBookingsRoute.GET, {
      ...manager(setup),
      query: { from: startIn(10, "00:00"), to: startIn(9, "00:00") },
    });
    expect(badRange.status).toBe(422);

    const moved = await callApi(rescheduleRoute.POST, {
      ...manager(setup),
      params: { id },
      body: { startsAt: startIn(9, "08:00"), employeeId: null },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data.startsAt).toBe(startIn(9, "08:00"));

    const noReason = await callApi(manageCancelRoute.POST, {
      ...manager(setup),
      params: { id },
      body: {},
    });
    expect(noReason.status).toBe(422);
    expect((await bookingRow(id)).status).toBe("confirmed");
    const canceled = await callApi(manageCancelRoute.POST, {
      ...manager(setup),
      params: { id },
      body: { reason: "Stylist ill" },
    });
    expect(canceled.body.data).toMatchObject({
      status: "canceled",
      canceledBy: "business",
      cancelReason: "Stylist ill",
    });
    expect((await inboxOf(clientUser.user.id)).map((notice) => notice.kind)).toEqual([
      "booked",
      "rescheduled",
      "canceled",
    ]);

    const notes = await callApi(manageBookingRoute.PATCH, {
      ...manager(setup),
      params: { id },
      body: { notes: "Call before" },
    });
    expect(notes.body.data.notes).toBe("Call before");
  });

  it("books a client without an account and refuses another business's client", async () => {
    const setup = await bookingBusiness();
    const other = await bookingBusiness();
    const walkIn = await businessClient(setup.business, {
      name: "Walk In",
      email: "w@example.com",
    });
    const foreign = await businessClient(other.business, { name: "Foreign" });
    const body = {
      businessId: setup.business.id,
      serviceIds: [setup.services.cut.id],
      employeeId: null,
      startsAt: startIn(9, "09:00"),
    };
    const refused = await callApi(manageBookingsRoute.POST, {
      ...manager(setup),
      body: { ...body, clientId: foreign.id },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toHaveProperty("clientId");
    const created = await callApi(manageBookingsRoute.POST, {
      ...manager(setup),
      body: { ...body, clientId: walkIn.id },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ customer: null, client: { name: "Walk In" } });
  });

  it("lets each role do what its permissions allow", async () => {
    const setup = await bookingBusiness({ autoConfirm: false });
    const customer = await signedInUser();
    const created = await book(setup, customer.token);
    const id = created.body.data.id;
    const as = (role: keyof Setup["team"]) => ({
      token: setup.team[role].token,
      orgId: setup.org.id,
    });
    // bookings.read: managers, steward and member; the worker role sees none of it.
    for (const role of ["owner", "admin", "manager", "steward", "member"] as const) {
      const list = await callApi(manageBookingsRoute.GET, as(role));
      expect(list.status, role).toBe(200);
      expect((await callApi(manageBookingRoute.GET, { ...as(role), params: { id } })).status).toBe(
        200,
      );
    }
    expect((await callApi(manageBookingsRoute.GET, as("worker"))).status).toBe(403);
    // bookings.write: managers only.
    for (const role of ["steward", "member", "worker"] as const) {
      const calls = [
        callApi(confirmRoute.POST, { ...as(role), params: { id } }),
        callApi(rejectRoute.POST, { ...as(role), params: { id }, body: {} }),
        callApi(manageCancelRoute.POST, { ...as(role), params: { id }, body: { reason: "x" } }),
        callApi(manageBookingRoute.PATCH, { ...as(role), params: { id }, body: { notes: "x" } }),
      ];
      for (const response of await Promise.all(calls)) expect(response.status, role).toBe(403);
    }
    expect((await bookingRow(id)).status).toBe("pending");
    // A customer's token without membership: the org's endpoints are a 404.
    const outsider = await callApi(manageBookingRoute.GET, {
      token: customer.token,
      orgId: setup.org.id,
      params: { id },
    });
    expect(outsider.status).toBe(404);
    expect((await callApi(confirmRoute.POST, { ...as("admin"), params: { id } })).status).toBe(200);
  });

  it("marks a no-show only once a confirmed booking started", async () => {
    const setup = await bookingBusiness();
    const customer = await signedInUser();
    const created = await book(setup, customer.token);
    const id = created.body.data.id;
    const early = await callApi(noShowRoute.POST, { ...manager(setup), params: { id } });
    expect(early.status).toBe(409);
    const context = {
      orgId: setup.org.id,
      userId: setup.team.manager.user.id,
      role: "manager" as const,
      membershipId: setup.team.manager.membershipId,
    };
    await markNoShow(context, id, { now: new Date(minutesAfter(startIn(10, "09:00"), 15)) });
    expect((await bookingRow(id)).status).toBe("no_show");
    // The business may still not cancel it, and the time is free again.
    const cancel = await callApi(manageCancelRoute.POST, {
      ...manager(setup),
      params: { id },
      body: { reason: "x" },
    });
    expect(cancel.status).toBe(409);
  });

  it("answers 404 for another organization's booking on every id-taking endpoint", async () => {
    const setup = await bookingBusiness();
    const other = await bookingBusiness();
    const customer = await signedInUser();
    const created = await book(setup, customer.token);
    const id = created.body.data.id;
    const intruder = { token: other.team.owner.token, orgId: other.org.id, params: { id } };
    const calls = [
      callApi(manageBookingRoute.GET, intruder),
      callApi(manageBookingRoute.PATCH, { ...intruder, body: { notes: "x" } }),
      callApi(confirmRoute.POST, intruder),
      callApi(rejectRoute.POST, { ...intruder, body: {} }),
      callApi(manageCancelRoute.POST, { ...intruder, body: { reason: "x" } }),
      callApi(noShowRoute.POST, intruder),
      callApi(rescheduleRoute.POST, { ...intruder, body: { startsAt: startIn(10, "12:00") } }),
    ];
    for (const response of await Promise.all(calls)) expect(response.status).toBe(404);
    const list = await callApi(manageBookingsRoute.GET, {
      token: other.team.owner.token,
      orgId: other.org.id,
      query: { businessId: setup.business.id },
    });
    expect(list.status).toBe(404);
    const byEmployee = await callApi(manageBookingsRoute.GET, {
      token: other.team.owner.token,
      orgId: other.org.id,
      query: { employeeId: setup.employees.ana.id },
    });
    expect(byEmployee.status).toBe(404);
    const create = await callApi(manageBookingsRoute.POST, {
      token: other.team.owner.token,
      orgId: other.org.id,
      body: {
        businessId: setup.business.id,
        clientId: (await businessClient(setup.business, { name: "A" })).id,
        serviceIds: [setup.services.cut.id],
        startsAt: startIn(10, "12:00"),
      },
    });
    expect(create.status).toBe(404);
    const row = await bookingRow(id);
    expect(row).toMatchObject({ status: "confirmed", notes: null });
    expect(
      await withSystemScope((tx) =>
        tx.$count(bookings, eq(bookings.businessId, setup.business.id)),
      ),
    ).toBe(1);
  });
});
