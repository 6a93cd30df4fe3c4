import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { businesses, employees, services, timeOff, workingHours } from "@/db/schema/booking";
import { idle, type FormState } from "@/lib/actions/form-state";
import { bookingBusiness } from "@/lib/booking/booking.testing";
import type { Viewer } from "@/lib/identity/viewer";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";
import { withSystemScope } from "@/lib/tenancy/scope";
import { orgWithTeam, type SignedIn } from "@/lib/tenancy/testing";

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

function form(fields: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

async function submit<T>(action: Action<T>, fields: Fields = {}) {
  return action(idle as FormState<T>, form(fields));
}

/** The path an action redirected to (Next.js redirects by throwing). */
async function redirectOf<T>(action: Action<T>, fields: Fields = {}) {
  const error = await submit(action, fields).then(
    (state) => new Error(`no redirect: ${JSON.stringify(state)}`),
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: string }).digest ?? String(error);
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2]!;
}

function dataOf<T>(state: FormState<T>): T {
  if (state.status !== "success") throw new Error(`not a success: ${JSON.stringify(state)}`);
  return state.data;
}

const fieldErrorsOf = (state: FormState<unknown>) =>
  state.status === "error" ? (state.fieldErrors ?? {}) : {};

function signIn(member: SignedIn, orgId: string) {
  viewer = { user: member.user, sessionId: "web-session" };
  jar.clear();
  jar.set(ACTIVE_ORG_COOKIE, orgId);
}

const businessRow = (id: string) =>
  withSystemScope(
    async (tx) => (await tx.select().from(businesses).where(eq(businesses.id, id)))[0],
  );

/** Every field the profile form posts, filled as a manager would. */
function profileFields(businessId: string, overrides: Fields = {}): Fields {
  return {
    businessId,
    name: "Studio Nova",
    type: "business",
    "bio.en": "Cuts and color",
    "bio.sq": "Prerje dhe ngjyrosje",
    address: "Rruga e Durrësit 5, Tiranë",
    latitude: "41.33",
    longitude: "19.81",
    visitType: "on_site",
    timeZone: "Europe/Tirane",
    currency: "EUR",
    minNoticeMinutes: "60",
    maxHorizonDays: "30",
    cancellationWindowHours: "24",
    slotStepMinutes: "15",
    reminderHours: "24, 1",
    notifyEmail: "on",
    ...overrides,
  };
}

beforeEach(() => {
  viewer = null;
  jar.clear();
});

describe("business catalogue actions", () => {
  it("creates a draft and opens its page", async () => {
    const { org, team } = await orgWithTeam();
    signIn(team.manager, org.id);

    const landing = await redirectOf(actions.createBusinessAction, {
      name: "Studio Nova",
      timeZone: "Europe/Tirane",
      currency: "EUR",
    });

    const id = /businesses\/([\w-]+)\?created=1$/.exec(landing)![1]!;
    const row = await businessRow(id);
    expect(row).toMatchObject({ orgId: org.id, name: "Studio Nova", status: "draft" });
  });

  it("names the field of a business without a name and creates nothing", async () => {
    const { org, team } = await orgWithTeam();
    signIn(team.manager, org.id);

    const state = await submit(actions.createBusinessAction, { name: "", timeZone: "Mars/Base" });

    expect(state.status).toBe("error");
    expect(Object.keys(fieldErrorsOf(state))).toEqual(expect.arrayContaining(["name", "timeZone"]));
    const rows = await withSystemScope((tx) =>
      tx.select().from(businesses).where(eq(businesses.orgId, org.id)),
    );
    expect(rows).toEqual([]);
  });

  it("saves the profile form, reminder hours and all", async () => {
    const { org, team, business } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);

    const state = await submit(actions.updateProfileAction, profileFields(business.id));

    expect(state.status).toBe("success");
    expect(await businessRow(business.id)).toMatchObject({
      name: "Studio Nova",
      bio: { en: "Cuts and color", sq: "Prerje dhe ngjyrosje" },
      latitude: 41.33,
      minNoticeMinutes: 60,
      reminderHours: [24, 1],
      notifyEmail: true,
      notifyPush: false,
    });
  });

  it("answers bad profile input with field errors and changes nothing", async () => {
    const { org, team, business } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);
    const before = await businessRow(business.id);

    const state = await submit(
      actions.updateProfileAction,
      profileFields(business.id, {
        name: "",
        timeZone: "Mars/Base",
        reminderHours: "24, soon",
        minNoticeMinutes: "",
      }),
    );

    expect(state.status).toBe("error");
    expect(Object.keys(fieldErrorsOf(state))).toEqual(
      expect.arrayContaining(["name", "timeZone", "minNoticeMinutes"]),
    );
    expect(Object.keys(fieldErrorsOf(state)).some((key) => key.startsWith("reminderHours"))).toBe(
      true,
    );
    expect(await businessRow(business.id)).toEqual(before);
  });

  it("does not find another org's business", async () => {
    const mine = await orgWithTeam();
    const theirs = await bookingBusiness({ status: "draft" });
    signIn(mine.team.manager, mine.org.id);
    const before = await businessRow(theirs.business.id);

    const profile = await submit(actions.updateProfileAction, profileFields(theirs.business.id));
    const hours = await submit(actions.setHoursAction, {
      businessId: theirs.business.id,
      level: "business",
      ranges: ["1|open|08:00|12:00"],
    });
    const service = await submit(actions.createServiceAction, {
      businessId: theirs.business.id,
      "name.en": "Shave",
      "name.sq": "Rruajtje",
      durationMinutes: "20",
      price: "10",
      currency: "EUR",
      active: "on",
    });
    const publish = await submit(actions.publishBusinessAction, {
      businessId: theirs.business.id,
    });

    for (const state of [profile, hours, service, publish]) {
      expect(state).toMatchObject({
        status: "error",
        message: "We couldn't find this business.",
      });
    }
    expect(await businessRow(theirs.business.id)).toEqual(before);
  });

  it("sets the business's week, replacing the old one", async () => {
    const { org, team, business } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);

    const state = await submit(actions.setHoursAction, {
      businessId: business.id,
      level: "business",
      ranges: ["1|open|08:00|16:00", "1|break|12:00|12:30", "6|open|10:00|14:00"],
    });

    expect(state.status).toBe("success");
    const rows = await withSystemScope((tx) =>
      tx
        .select({
          weekday: workingHours.weekday,
          kind: workingHours.kind,
          opensAt: workingHours.opensAt,
          closesAt: workingHours.closesAt,
          employeeId: workingHours.employeeId,
        })
        .from(workingHours)
        .where(eq(workingHours.businessId, business.id))
        .orderBy(asc(workingHours.weekday), asc(workingHours.opensAt)),
    );
    expect(rows.map((row) => [row.weekday, row.kind, row.opensAt.slice(0, 5)])).toEqual([
      [1, "open", "08:00"],
      [1, "break", "12:00"],
      [6, "open", "10:00"],
    ]);
    expect(rows.every((row) => row.employeeId === null)).toBe(true);
  });

  it("refuses a week whose range closes before it opens, keeping the old week", async () => {
    const { org, team, business } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);
    const count = async () =>
      (
        await withSystemScope((tx) =>
          tx.select().from(workingHours).where(eq(workingHours.businessId, business.id)),
        )
      ).length;
    const before = await count();

    const state = await submit(actions.setHoursAction, {
      businessId: business.id,
      level: "business",
      ranges: ["1|open|16:00|08:00"],
    });

    expect(state.status).toBe("error");
    expect(Object.keys(fieldErrorsOf(state)).length).toBeGreaterThan(0);
    expect(await count()).toBe(before);
  });

  it("creates a service from a price typed in euros, stored in cents", async () => {
    const { org, team, business } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);

    const service = dataOf(
      await submit(actions.createServiceAction, {
        businessId: business.id,
        "name.en": "Beard trim",
        "name.sq": "Rregullim mjekre",
        durationMinutes: "20",
        price: "15.50",
        currency: "EUR",
        active: "on",
      }),
    );

    const [row] = await withSystemScope((tx) =>
      tx.select().from(services).where(eq(services.id, service.id)),
    );
    expect(row).toMatchObject({
      businessId: business.id,
      name: { en: "Beard trim", sq: "Rregullim mjekre" },
      durationMinutes: 20,
      priceMinor: 1550,
      currency: "EUR",
      active: true,
    });
  });

  it("names the price field when it is not an amount", async () => {
    const { org, team, business } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);

    const state = await submit(actions.createServiceAction, {
      businessId: business.id,
      "name.en": "Beard trim",
      "name.sq": "Rregullim mjekre",
      durationMinutes: "20",
      price: "15.505",
      currency: "EUR",
    });

    expect(state.status).toBe("error");
    expect(fieldErrorsOf(state)).toHaveProperty("priceMinor");
    const rows = await withSystemScope((tx) =>
      tx.select().from(services).where(eq(services.businessId, business.id)),
    );
    expect(rows).toHaveLength(2);
  });

  it("publishes only a ready business, naming what is missing", async () => {
    const { org, team } = await orgWithTeam();
    signIn(team.manager, org.id);
    const landing = await redirectOf(actions.createBusinessAction, { name: "Empty Salon" });
    const businessId = /businesses\/([\w-]+)\?created=1$/.exec(landing)![1]!;

    const state = await submit(actions.publishBusinessAction, { businessId });

    expect(state.status).toBe("error");
    expect(Object.keys(fieldErrorsOf(state)).sort()).toEqual(["address", "hours", "services"]);
    expect((await businessRow(businessId))!.status).toBe("draft");
  });

  it("publishes a business that has staff, services, hours and an address", async () => {
    const { org, team, business } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);
    await submit(actions.updateProfileAction, profileFields(business.id));

    const state = await submit(actions.publishBusinessAction, { businessId: business.id });

    expect(state.status).toBe("success");
    expect((await businessRow(business.id))!.status).toBe("published");
  });

  it("adds time off typed in the business's zone and refuses it when it ends first", async () => {
    const { org, team, business, employees: staff } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);

    const added = await submit(actions.createTimeOffAction, {
      businessId: business.id,
      employeeId: staff.ana.id,
      startsAt: "2030-12-24T13:00",
      endsAt: "2030-12-26T09:00",
      reason: "Holidays",
    });
    const backwards = await submit(actions.createTimeOffAction, {
      businessId: business.id,
      startsAt: "2030-12-26T09:00",
      endsAt: "2030-12-24T13:00",
    });

    expect(added.status).toBe("success");
    expect(backwards.status).toBe("error");
    expect(Object.keys(fieldErrorsOf(backwards))).toContain("endsAt");
    const rows = await withSystemScope((tx) =>
      tx.select().from(timeOff).where(eq(timeOff.businessId, business.id)),
    );
    expect(rows).toHaveLength(1);
    // Tirana is UTC+1 in winter.
    expect(rows[0]).toMatchObject({
      employeeId: staff.ana.id,
      reason: "Holidays",
      startsAt: new Date("2030-12-24T12:00:00Z"),
      endsAt: new Date("2030-12-26T08:00:00Z"),
    });
  });

  it("adds an employee who performs the services ticked", async () => {
    const { org, team, business, services: offered } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);

    const employee = dataOf(
      await submit(actions.createEmployeeAction, {
        businessId: business.id,
        name: "Cara Colorist",
        "bio.en": "Color specialist",
        active: "on",
        serviceIds: [offered.color.id],
      }),
    );

    const [row] = await withSystemScope((tx) =>
      tx.select().from(employees).where(eq(employees.id, employee.id)),
    );
    expect(row).toMatchObject({ businessId: business.id, name: "Cara Colorist", active: true });
    expect(employee).toMatchObject({ serviceIds: [offered.color.id] });
  });

  it("gives several employees the same week at once", async () => {
    const { org, team, business, employees: staff } = await bookingBusiness({ status: "draft" });
    signIn(team.manager, org.id);

    const state = await submit(actions.setEmployeesHoursAction, {
      businessId: business.id,
      employeeIds: [staff.ana.id, staff.ben.id],
      ranges: ["2|open|10:00|18:00"],
    });

    expect(state).toMatchObject({ status: "success", message: expect.stringContaining("2") });
    const rows = await withSystemScope((tx) =>
      tx.select().from(workingHours).where(eq(workingHours.businessId, business.id)),
    );
    const staffRows = rows.filter((row) => row.employeeId !== null);
    expect(staffRows.map((row) => [row.employeeId, row.weekday]).sort()).toEqual(
      [
        [staff.ana.id, 2],
        [staff.ben.id, 2],
      ].sort(),
    );
  });

  it("refuses a member whose role cannot edit bookings", async () => {
    const { org, team, business } = await bookingBusiness({ status: "draft" });
    const before = await businessRow(business.id);
    const viewerRole = Object.keys(team).find(
      (role) => !["owner", "admin", "manager"].includes(role),
    );
    signIn(team[viewerRole as keyof typeof team], org.id);

    const state = await submit(actions.updateProfileAction, profileFields(business.id));

    expect(state.status).toBe("error");
    expect(await businessRow(business.id)).toEqual(before);
  });
});
