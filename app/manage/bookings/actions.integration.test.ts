import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { instantAt, localDateOf, addDays } from "@/components/booking/calendar/layout";
import { businessClients } from "@/db/schema/booking";
import { idle, type FormState } from "@/lib/actions/form-state";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import {
  allBookingsOf,
  bookingRow,
  businessClient,
  setBusiness,
} from "@/lib/booking/bookings.testing";
import { createCustomerBooking } from "@/lib/booking/bookings.service";
import type { Viewer } from "@/lib/identity/viewer";
import { signedInUser } from "@/lib/testing/factories";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { SignedIn } from "@/lib/tenancy/testing";

// The browser's cookie jar and signed-in viewer, as Next.js would give them to an action.
const jar = new Map<string, string>();
let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (options: string | { name: string }) =>
      void jar.delete(typeof options === "string" ? options : options.name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const actions = await import("./actions");

type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;
type Fields = Record<string, string | string[]>;
type Setup = Awaited<ReturnType<typeof bookingBusiness>>;

function form(fields: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const submit = <T>(action: Action<T>, fields: Fields = {}) =>
  action(idle as FormState<T>, form(fields));

function signIn(member: SignedIn, orgId: string) {
  viewer = { user: member.user, sessionId: "web-session" };
  jar.clear();
  jar.set(ACTIVE_ORG_COOKIE, orgId);
}

beforeEach(() => {
  viewer = null;
  jar.clear();
});

const ZONE = "Europe/Tirane";
/** A local day a few days ahead in the business's zone, and an instant on it. */
const DAY = addDays(localDateOf(new Date(), ZONE), 5);
const at = (time: string, date = DAY) => {
  const [hours, minutes] = time.split(":").map(Number);
  return instantAt(date, hours! * 60 + minutes!, ZONE);
};

/** A booking by a customer: pending when the business approves by hand. */
async function customerBooking(setup: Setup, time: string, employee: "ana" | "ben" = "ana") {
  const customer = await signedInUser({ name: "Cora Customer" });
  const { id } = await createCustomerBooking(customer.user.id, {
    businessId: setup.business.id,
    serviceIds: [setup.services.cut.id],
    employeeId: setup.employees[employee].id,
    startsAt: at(time),
    visitType: "on_site",
    visitAddress: null,
    notes: null,
  });
  return id;
}

async function pendingSetup() {
  const setup = await bookingBusiness();
  await setBusiness(setup.business.id, { autoConfirm: false });
  return setup;
}

describe("status actions", () => {
  it("confirm, reject with a reason and cancel with a reason change the booking", async () => {
    const setup = await pendingSetup();
    const [first, second, third] = [
      await customerBooking(setup, "10:00"),
      await customerBooking(setup, "11:00"),
      await customerBooking(setup, "12:00"),
    ];
    signIn(setup.team.manager, setup.org.id);

    const confirmed = await submit(actions.confirmBookingAction, { bookingId: first });
    expect(confirmed).toMatchObject({ status: "success", message: "Booking confirmed." });
    expect((await bookingRow(first)).status).toBe("confirmed");

    await submit(actions.rejectBookingAction, { bookingId: second, reason: "Fully booked" });
    expect(await bookingRow(second)).toMatchObject({
      status: "rejected",
      cancelReason: "Fully booked",
    });

    const noReason = await submit(actions.cancelBookingAction, { bookingId: third });
    expect(noReason.status).toBe("error");
    expect((await bookingRow(third)).status).toBe("pending");
    await submit(actions.cancelBookingAction, { bookingId: third, reason: "Stylist ill" });
    expect(await bookingRow(third)).toMatchObject({
      status: "canceled",
      canceledBy: "business",
      cancelReason: "Stylist ill",
    });
  });

  it("marks a started booking a no-show, and refuses one that has not started", async () => {
    const setup = await bookingBusiness();
    const future = await customerBooking(setup, "10:00");
    signIn(setup.team.manager, setup.org.id);
    const early = await submit(actions.noShowBookingAction, { bookingId: future });
    expect(early).toMatchObject({ status: "error" });
    expect((await bookingRow(future)).status).toBe("confirmed");

    // Move it into the past directly (the rules forbid booking a past time).
    const { bookings } = await import("@/db/schema/booking");
    const past = new Date(Date.now() - 60 * 60_000);
    await withSystemScope((tx) =>
      tx
        .update(bookings)
        .set({
          startsAt: past,
          endsAt: new Date(past.getTime() + 30 * 60_000),
          occupiedUntil: new Date(past.getTime() + 40 * 60_000),
        })
        .where(eq(bookings.id, future)),
    );
    const marked = await submit(actions.noShowBookingAction, { bookingId: future });
    expect(marked.status).toBe("success");
    expect((await bookingRow(future)).status).toBe("no_show");
  });

  it("saves the business's notes", async () => {
    const setup = await bookingBusiness();
    const id = await customerBooking(setup, "10:00");
    signIn(setup.team.manager, setup.org.id);
    await submit(actions.updateBookingNotesAction, { bookingId: id, notes: "Prefers Ben" });
    expect((await bookingRow(id)).notes).toBe("Prefers Ben");
  });

  it("answers not found for another org's booking and changes nothing", async () => {
    const setup = await pendingSetup();
    const other = await pendingSetup();
    const foreign = await customerBooking(other, "10:00");
    signIn(setup.team.manager, setup.org.id);
    for (const action of [actions.confirmBookingAction, actions.noShowBookingAction]) {
      const state = await submit(action, { bookingId: foreign });
      expect(state).toMatchObject({ status: "error", message: "We couldn't find this booking." });
    }
    const moved = await submit(actions.rescheduleBookingAction, {
      bookingId: foreign,
      date: DAY,
      time: "14:00",
    });
    expect(moved).toMatchObject({ status: "error", message: "We couldn't find this booking." });
    expect(await bookingRow(foreign)).toMatchObject({ status: "pending", startsAt: at("10:00") });
  });

  it("refuses members without bookings.write", async () => {
    const setup = await pendingSetup();
    const id = await customerBooking(setup, "10:00");
    for (const role of ["member", "steward"] as const) {
      signIn(setup.team[role], setup.org.id);
      const state = await submit(actions.confirmBookingAction, { bookingId: id });
      expect(state).toMatchObject({ status: "error" });
      const cancel = await submit(actions.cancelBookingAction, { bookingId: id, reason: "x" });
      expect(cancel).toMatchObject({ status: "error" });
    }
    expect((await bookingRow(id)).status).toBe("pending");
  });
});

describe("rescheduleBookingAction", () => {
  it("moves a booking to a wall time in the business's zone and to another employee", async () => {
    const setup = await bookingBusiness();
    const id = await customerBooking(setup, "10:00");
    signIn(setup.team.manager, setup.org.id);
    const state = await submit(actions.rescheduleBookingAction, {
      bookingId: id,
      date: DAY,
      time: "11:30",
      employeeId: setup.employees.ben.id,
    });
    expect(state).toMatchObject({ status: "success", message: "Booking moved to the new time." });
    expect(await bookingRow(id)).toMatchObject({
      startsAt: at("11:30"),
      employeeId: setup.employees.ben.id,
      status: "confirmed",
    });
  });

  it("onto a taken time answers slot taken and leaves the booking where it was", async () => {
    const setup = await bookingBusiness();
    const moving = await customerBooking(setup, "10:00", "ana");
    await customerBooking(setup, "14:00", "ben");
    signIn(setup.team.manager, setup.org.id);
    const state = await submit(actions.rescheduleBookingAction, {
      bookingId: moving,
      date: DAY,
      time: "14:15",
      employeeId: setup.employees.ben.id,
    });
    expect(state).toMatchObject({ status: "error" });
    expect(state.status === "error" && state.message).toMatch(/no longer free/);
    expect(await bookingRow(moving)).toMatchObject({
      startsAt: at("10:00"),
      employeeId: setup.employees.ana.id,
    });
  });

  it("rejects a malformed date or time with field errors", async () => {
    const setup = await bookingBusiness();
    const id = await customerBooking(setup, "10:00");
    signIn(setup.team.manager, setup.org.id);
    const state = await submit(actions.rescheduleBookingAction, {
      bookingId: id,
      date: "2026-02-30",
      time: "25:00",
    });
    expect(state.status === "error" && Object.keys(state.fieldErrors ?? {}).sort()).toEqual([
      "date",
      "time",
    ]);
    expect((await bookingRow(id)).startsAt).toEqual(at("10:00"));
  });
});

describe("createClientBookingAction and freeSlotsAction", () => {
  it("lists the day's free times in the business's zone", async () => {
    const setup = await bookingBusiness();
    await customerBooking(setup, "10:00", "ana");
    signIn(setup.team.member, setup.org.id);
    const state = await submit(actions.freeSlotsAction, {
      businessId: setup.business.id,
      serviceIds: setup.services.cut.id,
      employeeId: setup.employees.ana.id,
      date: DAY,
    });
    if (state.status !== "success") throw new Error(JSON.stringify(state));
    const labels = state.data.employees[0]!.slots.map((slot) => slot.label);
    expect(labels[0]).toBe("09:00");
    expect(labels).not.toContain("10:00");
    expect(labels).not.toContain("10:15");
    expect(labels).toContain("10:45");
  });

  it("books for an existing client, confirmed at once", async () => {
    const setup = await bookingBusiness();
    const client = await businessClient(setup.business, { name: "Walk In" });
    signIn(setup.team.manager, setup.org.id);
    const state = await submit(actions.createClientBookingAction, {
      businessId: setup.business.id,
      clientId: client.id,
      serviceIds: [setup.services.cut.id, setup.services.color.id],
      employeeId: setup.employees.ben.id,
      startsAt: at("13:00").toISOString(),
      notes: "Regular",
    });
    if (state.status !== "success") throw new Error(JSON.stringify(state));
    expect(await bookingRow(state.data.id)).toMatchObject({
      status: "confirmed",
      clientId: client.id,
      employeeId: setup.employees.ben.id,
      notes: "Regular",
      createdBy: "business",
    });
  });

  it("creates a new client by contact, and leaves no client behind when the time is taken", async () => {
    const setup = await bookingBusiness();
    await customerBooking(setup, "10:00", "ana");
    signIn(setup.team.manager, setup.org.id);
    const base = {
      businessId: setup.business.id,
      serviceIds: setup.services.cut.id,
      employeeId: setup.employees.ana.id,
    };

    const missing = await submit(actions.createClientBookingAction, {
      ...base,
      startsAt: at("15:00").toISOString(),
    });
    expect(missing.status === "error" && Object.keys(missing.fieldErrors ?? {}).sort()).toEqual([
      "email",
      "name",
    ]);

    const taken = await submit(actions.createClientBookingAction, {
      ...base,
      name: "Nina New",
      email: "nina@example.com",
      startsAt: at("10:00").toISOString(),
    });
    expect(taken).toMatchObject({ status: "error" });
    const clientsAfterTaken = await withSystemScope((tx) =>
      tx.select().from(businessClients).where(eq(businessClients.email, "nina@example.com")),
    );
    expect(clientsAfterTaken).toHaveLength(0);

    const booked = await submit(actions.createClientBookingAction, {
      ...base,
      name: "Nina New",
      email: "nina@example.com",
      startsAt: at("15:00").toISOString(),
    });
    if (booked.status !== "success") throw new Error(JSON.stringify(booked));
    const [client] = await withSystemScope((tx) =>
      tx.select().from(businessClients).where(eq(businessClients.email, "nina@example.com")),
    );
    expect(await bookingRow(booked.data.id)).toMatchObject({ clientId: client!.id });
    expect(await allBookingsOf(setup.business.id)).toHaveLength(2);
  });

  it("refuses a member without bookings.write and another org's business", async () => {
    const setup = await bookingBusiness();
    const other = await bookingBusiness();
    const client = await businessClient(setup.business, { name: "Walk In" });
    const fields = {
      businessId: setup.business.id,
      clientId: client.id,
      serviceIds: setup.services.cut.id,
      startsAt: at("13:00").toISOString(),
    };
    signIn(setup.team.member, setup.org.id);
    expect(await submit(actions.createClientBookingAction, fields)).toMatchObject({
      status: "error",
    });
    signIn(other.team.manager, other.org.id);
    expect(await submit(actions.createClientBookingAction, fields)).toMatchObject({
      status: "error",
    });
    expect(await allBookingsOf(setup.business.id)).toHaveLength(0);
  });
});
