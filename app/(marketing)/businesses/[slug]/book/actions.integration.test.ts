import { beforeEach, describe, expect, it, vi } from "vitest";
import { idle, type FormState } from "@/lib/actions/form-state";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import { allBookingsOf, bookingRow, startIn } from "@/lib/booking/bookings.testing";
import type { Viewer } from "@/lib/identity/viewer";
import { createUser } from "@/lib/testing/factories";

let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { createBookingAction } = await import("./actions");

type Fields = Record<string, string | string[]>;

function form(fields: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const submit = (fields: Fields) =>
  createBookingAction(idle as FormState<never>, form(fields)) as Promise<
    FormState<{ slotTaken: { date: string; employees: { employeeId: string; slots: string[] }[] } }>
  >;

/** The path the action redirected to (Next.js redirects by throwing). */
async function redirectOf(fields: Fields) {
  const error = await submit(fields).then(
    (state) => new Error(`no redirect: ${JSON.stringify(state)}`),
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: string }).digest ?? String(error);
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2]!;
}

async function signedInCustomer() {
  const user = await createUser({ name: "Arta Krasniqi" });
  viewer = { user, sessionId: "web-session" } as Viewer;
  return user;
}

beforeEach(() => {
  viewer = null;
});

describe("createBookingAction (the stepper's confirm step)", () => {
  it("books the chosen services with any available employee and opens the booking", async () => {
    const setup = await bookingBusiness({ autoConfirm: false });
    const customer = await signedInCustomer();
    const startsAt = startIn(10, "09:00");

    const landing = await redirectOf({
      businessId: setup.business.id,
      serviceIds: [setup.services.cut.id, setup.services.color.id],
      employeeId: "",
      startsAt,
      visitType: "on_site",
      notes: "First time here",
    });

    const [booking] = await allBookingsOf(setup.business.id);
    expect(landing).toBe(`/account/bookings/${booking!.id}?booked=1`);
    expect(booking).toMatchObject({
      customerId: customer.id,
      status: "pending",
      notes: "First time here",
      totalPriceMinor: 5500,
      createdBy: "customer",
    });
    expect(booking!.startsAt.toISOString()).toBe(startsAt);
    expect([setup.employees.ana.id, setup.employees.ben.id]).toContain(booking!.employeeId);
  });

  it("books the chosen employee, confirmed at once when the business auto-confirms", async () => {
    const setup = await bookingBusiness({ autoConfirm: true });
    await signedInCustomer();
    const landing = await redirectOf({
      businessId: setup.business.id,
      serviceIds: setup.services.cut.id,
      employeeId: setup.employees.ben.id,
      startsAt: startIn(11, "10:00"),
    });
    const id = /bookings\/([\w-]+)\?/.exec(landing)![1]!;
    expect(await bookingRow(id)).toMatchObject({
      employeeId: setup.employees.ben.id,
      status: "confirmed",
    });
  });

  it("answers a slot just taken with that day's fresh times, writing nothing", async () => {
    const setup = await bookingBusiness();
    const startsAt = startIn(12, "09:00");
    const choice = {
      businessId: setup.business.id,
      serviceIds: setup.services.cut.id,
      employeeId: setup.employees.ana.id,
      startsAt,
    };
    await signedInCustomer();
    await redirectOf(choice);
    await signedInCustomer();

    const state = await submit(choice);

    expect(state.status).toBe("success");
    if (state.status !== "success") return;
    expect(state.message).toMatch(/no longer free/i);
    const ana = state.data.slotTaken.employees.find(
      (employee) => employee.employeeId === setup.employees.ana.id,
    )!;
    expect(ana.slots.length).toBeGreaterThan(0);
    expect(ana.slots).not.toContain(startsAt);
    expect(state.data.slotTaken.date).toBe(startsAt.slice(0, 10));
    expect(await allBookingsOf(setup.business.id)).toHaveLength(1);
  });

  it("returns field errors for bad input and writes nothing", async () => {
    const setup = await bookingBusiness();
    await signedInCustomer();

    const state = await submit({
      businessId: setup.business.id,
      serviceIds: "not-a-service",
      employeeId: "",
      startsAt: "tomorrow at ten",
    });

    expect(state.status).toBe("error");
    const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["serviceIds.0", "startsAt"]));
    expect(await allBookingsOf(setup.business.id)).toHaveLength(0);
  });

  it("refuses a service of another business as a field error", async () => {
    const setup = await bookingBusiness();
    const other = await bookingBusiness();
    await signedInCustomer();

    const state = await submit({
      businessId: setup.business.id,
      serviceIds: other.services.cut.id,
      startsAt: startIn(10, "09:00"),
    });

    expect(state.status).toBe("error");
    expect(state.status === "error" && state.fieldErrors?.["serviceIds.0"]).toBeTruthy();
    expect(await allBookingsOf(setup.business.id)).toHaveLength(0);
  });

  it("asks a signed-out visitor to sign in and writes nothing", async () => {
    const setup = await bookingBusiness();
    const state = await submit({
      businessId: setup.business.id,
      serviceIds: setup.services.cut.id,
      startsAt: startIn(10, "09:00"),
    });
    expect(state.status).toBe("error");
    expect(await allBookingsOf(setup.business.id)).toHaveLength(0);
  });
});
