import { beforeEach, describe, expect, it, vi } from "vitest";
import { idle, type FormState } from "@/lib/actions/form-state";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { bookingRow, startIn } from "@/lib/booking/bookings.testing";
import { createCustomerBooking } from "@/lib/booking/bookings.service";
import { pastBooking } from "@/lib/booking/community.testing";
import { replyToRating } from "@/lib/booking/ratings.service";
import type { Viewer } from "@/lib/identity/viewer";
import { resolveOrgContext } from "@/lib/tenancy/context";
import { createUser } from "@/lib/testing/factories";

let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const actions = await import("./actions");

type Fields = Record<string, string>;
type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

function submit<T>(action: Action<T>, fields: Fields) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return action(idle as FormState<T>, data);
}

async function redirectOf<T>(action: Action<T>, fields: Fields) {
  const error = await submit(action, fields).then(
    (state) => new Error(`no redirect: ${JSON.stringify(state)}`),
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: string }).digest ?? String(error);
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2]!;
}

async function customer() {
  const user = await createUser({ name: "Arta Krasniqi" });
  return { user, sessionId: "web-session" } as Viewer;
}

const signIn = (who: Viewer) => {
  viewer = who;
};

async function bookedSetup() {
  const setup = await bookingBusiness();
  const owner = await customer();
  const { id } = await createCustomerBooking(owner.user.id, {
    businessId: setup.business.id,
    serviceIds: [setup.services.cut.id],
    employeeId: setup.employees.ana.id,
    startsAt: new Date(startIn(10, "09:00")),
    visitType: "on_site",
    visitAddress: null,
  });
  return { setup, owner, bookingId: id };
}

beforeEach(() => {
  viewer = null;
});

describe("cancel and reschedule", () => {
  it("cancels the customer's own booking with a reason", async () => {
    const { owner, bookingId } = await bookedSetup();
    signIn(owner);
    const state = await submit(actions.cancelBookingAction, { bookingId, reason: "Sick" });
    expect(state.status).toBe("success");
    expect(await bookingRow(bookingId)).toMatchObject({
      status: "canceled",
      cancelReason: "Sick",
      canceledBy: "customer",
    });
  });

  it("moves the customer's own booking and opens it again", async () => {
    const { owner, bookingId } = await bookedSetup();
    signIn(owner);
    const startsAt = startIn(11, "10:00");
    const landing = await redirectOf(actions.rescheduleBookingAction, { bookingId, startsAt });
    expect(landing).toBe(`/account/bookings/${bookingId}?rescheduled=1`);
    expect((await bookingRow(bookingId)).startsAt.toISOString()).toBe(startsAt);
  });

  it("answers a move onto a taken time with that day's fresh times", async () => {
    const { setup, owner, bookingId } = await bookedSetup();
    const other = await customer();
    const taken = startIn(11, "09:00");
    await createCustomerBooking(other.user.id, {
      businessId: setup.business.id,
      serviceIds: [setup.services.cut.id],
      employeeId: setup.employees.ana.id,
      startsAt: new Date(taken),
      visitType: "on_site",
      visitAddress: null,
    });
    signIn(owner);
    const state = await submit(actions.rescheduleBookingAction, { bookingId, startsAt: taken });
    expect(state.status).toBe("success");
    if (state.status !== "success") return;
    const ana = state.data.slotTaken.employees.find(
      (employee) => employee.employeeId === setup.employees.ana.id,
    )!;
    expect(ana.slots).not.toContain(taken);
    expect((await bookingRow(bookingId)).startsAt.toISOString()).toBe(startIn(10, "09:00"));
  });

  it("treats another customer's booking as not found, changing nothing", async () => {
    const { bookingId } = await bookedSetup();
    signIn(await customer());

    const cancel = await submit(actions.cancelBookingAction, { bookingId });
    const move = await submit(actions.rescheduleBookingAction, {
      bookingId,
      startsAt: startIn(11, "10:00"),
    });

    for (const state of [cancel, move]) {
      expect(state).toMatchObject({
        status: "error",
        message: expect.stringMatching(/couldn't find this booking/i),
      });
    }
    const row = await bookingRow(bookingId);
    expect(row.status).toBe("confirmed");
    expect(row.startsAt.toISOString()).toBe(startIn(10, "09:00"));
  });

  it("returns field errors for a bad time, changing nothing", async () => {
    const { owner, bookingId } = await bookedSetup();
    signIn(owner);
    const state = await submit(actions.rescheduleBookingAction, { bookingId, startsAt: "soon" });
    expect(state.status === "error" && state.fieldErrors?.startsAt).toBeTruthy();
    expect((await bookingRow(bookingId)).startsAt.toISOString()).toBe(startIn(10, "09:00"));
  });
});

describe("rating a visit", () => {
  it("rates a completed booking's business and employee, edits it and answers a reply", async () => {
    const setup = await bookingBusiness();
    const me = await customer();
    const done = await pastBooking(setup, me.user.id, { employeeId: setup.employees.ben.id });
    signIn(me);

    const business = await submit(actions.rateBookingAction, {
      bookingId: done.id,
      score: "5",
      comment: "Lovely",
    });
    const employee = await submit(actions.rateBookingAction, {
      bookingId: done.id,
      employeeId: setup.employees.ben.id,
      score: "4",
    });
    expect(business).toMatchObject({ status: "success", data: { score: 5, employeeId: null } });
    expect(employee).toMatchObject({
      status: "success",
      data: { score: 4, employeeId: setup.employees.ben.id },
    });
    if (business.status !== "success") return;

    const edited = await submit(actions.rateBookingAction, {
      bookingId: done.id,
      ratingId: business.data.id,
      score: "3",
    });
    expect(edited).toMatchObject({ status: "success", data: { id: business.data.id, score: 3 } });

    const manager = await resolveOrgContext(
      { user: setup.team.owner.user, sessionId: "s" },
      setup.org.id,
    );
    await replyToRating(manager, business.data.id, { body: "Thanks!" });
    const answer = await submit(actions.answerRatingAction, {
      bookingId: done.id,
      ratingId: business.data.id,
      body: "See you soon",
    });
    expect(answer).toMatchObject({ status: "success", data: { side: "customer" } });
  });

  it("refuses to rate a booking that is only confirmed", async () => {
    const { owner, bookingId } = await bookedSetup();
    signIn(owner);
    const state = await submit(actions.rateBookingAction, { bookingId, score: "5" });
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/completed/i) });
  });

  it("refuses a score out of range with a field error", async () => {
    const setup = await bookingBusiness();
    const me = await customer();
    const done = await pastBooking(setup, me.user.id);
    signIn(me);
    const state = await submit(actions.rateBookingAction, { bookingId: done.id, score: "9" });
    expect(state.status === "error" && state.fieldErrors?.score).toBeTruthy();
  });

  it("treats rating another customer's booking as not found", async () => {
    const setup = await bookingBusiness();
    const done = await pastBooking(setup, (await customer()).user.id);
    signIn(await customer());
    const state = await submit(actions.rateBookingAction, { bookingId: done.id, score: "5" });
    expect(state).toMatchObject({
      status: "error",
      message: expect.stringMatching(/couldn't find this booking/i),
    });
  });
});
