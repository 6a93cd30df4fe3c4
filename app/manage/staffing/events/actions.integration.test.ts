import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  callTimes,
  eventStewards,
  events,
  laborRequests,
  laborRequirements,
  mealBreaks,
  timeEntries,
} from "@/db/schema/staffing";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/identity/viewer";
import { getEventBoard, getRequirement } from "@/lib/staffing";
import { snapshotStaffing, staffingOrg } from "@/lib/staffing/events.testing";
import { createWorkerRow } from "@/lib/staffing/people.testing";
import { requestRow, snapshotRequests } from "@/lib/staffing/requests.testing";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";
import { resolveOrgContext } from "@/lib/tenancy/context";
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

const eventActions = await import("./actions");
const pageActions = await import("./[id]/actions");
const { requestWorkersAction } = await import("../requirements/[id]/fill/actions");
const timesheetActions = await import("../call-times/[id]/timesheet/actions");
const download = await import("../call-times/[id]/timesheet/download/route");

type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;
type Fields = Record<string, string | string[]>;
type Setup = Awaited<ReturnType<typeof staffingOrg>>;

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

const NOT_ALLOWED = "Your role in this organization does not allow this.";

beforeEach(() => {
  viewer = null;
  jar.clear();
});

/**
 * An event made through the dashboard's own actions: active, the steward assigned, one call
 * time at 07:00 New York on 2030-06-14 and a Stagehand requirement for `needed` workers.
 */
async function eventWithLabor(setup: Setup, needed = 3, steward = true) {
  signIn(setup.team.manager, setup.org.id);
  const landing = await redirectOf(eventActions.createEventAction, {
    name: "Harbor Festival",
    locationId: setup.location.id,
    startDate: "2030-06-14",
    endDate: "2030-06-15",
    status: "active",
    ...(steward ? { userIds: setup.team.steward.user.id } : {}),
  });
  const eventId = /events\/([\w-]+)\?created=1$/.exec(landing)![1]!;
  const callTime = dataOf(
    await submit(pageActions.createCallTimeAction, {
      eventId,
      name: "Load-in",
      date: "2030-06-14",
      time: "07:00",
    }),
  );
  const requirement = dataOf(
    await submit(pageActions.createRequirementAction, {
      callTimeId: callTime.id,
      laborTypeId: setup.laborTypes.stagehand.id,
      needed: String(needed),
      firstComePositions: "0",
      payRate: "25.50",
      currencyDecimals: "2",
    }),
  );
  return { eventId, callTimeId: callTime.id, requirementId: requirement.id };
}

/** Phone numbers stay unique per org however many batches a test makes. */
let nextPhone = 1000;

async function stagehands(setup: Setup, count: number) {
  const made = [];
  for (let index = 0; index < count; index += 1) {
    nextPhone += 1;
    made.push(
      await createWorkerRow(setup.org.id, {
        name: `Worker ${index + 1}`,
        phones: [`+1415555${String(nextPhone).padStart(4, "0")}`],
        laborTypeIds: [setup.laborTypes.stagehand.id],
      }),
    );
  }
  return made;
}

async function requestIdsOf(requirementId: string) {
  const rows = await withSystemScope((tx) =>
    tx
      .select({ id: laborRequests.id, workerId: laborRequests.workerId })
      .from(laborRequests)
      .where(eq(laborRequests.requirementId, requirementId))
      .orderBy(asc(laborRequests.id)),
  );
  return rows;
}

describe("events from the dashboard", () => {
  it("creates an active event with its stewards and lands on its page", async () => {
    const setup = await staffingOrg();
    signIn(setup.team.manager, setup.org.id);
    const landing = await redirectOf(eventActions.createEventAction, {
      name: "  Harbor Festival ",
      description: "Two days on the pier",
      locationId: setup.location.id,
      startDate: "2030-06-14",
      endDate: "2030-06-15",
      status: "active",
      userIds: setup.team.steward.user.id,
      "payRules.minimumHours": "5",
      overtimeMode: "after",
      "payRules.overtimeAfterHours": "10",
    });
    const eventId = /^\/manage\/staffing\/events\/([\w-]+)\?created=1$/.exec(landing)?.[1];
    expect(eventId).toBeDefined();
    const [event] = await withSystemScope((tx) =>
      tx.select().from(events).where(eq(events.id, eventId!)),
    );
    expect(event).toMatchObject({
      name: "Harbor Festival",
      description: "Two days on the pier",
      status: "active",
      startDate: "2030-06-14",
      endDate: "2030-06-15",
      payRules: { minimumHours: 5, overtimeAfterHours: 10 },
    });
    const stewards = await withSystemScope((tx) =>
      tx.select().from(eventStewards).where(eq(eventStewards.eventId, eventId!)),
    );
    expect(stewards.map((row) => row.userId)).toEqual([setup.team.steward.user.id]);
  });

  it("answers bad fields under their inputs and creates nothing", async () => {
    const setup = await staffingOrg();
    const before = await snapshotStaffing(setup.org.id);
    signIn(setup.team.manager, setup.org.id);
    const state = await submit(eventActions.createEventAction, {
      name: " ",
      startDate: "2030-06-14",
      endDate: "2030-06-13",
      "payRules.minimumHours": "lots",
    });
    expect(state.status).toBe("error");
    expect(Object.keys(fieldErrorsOf(state)).sort()).toEqual(["name", "payRules.minimumHours"]);

    const backwards = await submit(eventActions.createEventAction, {
      name: "Harbor Festival",
      startDate: "2030-06-14",
      endDate: "2030-06-13",
    });
    expect(fieldErrorsOf(backwards)).toEqual({
      endDate: ["The end date must be on or after the start date."],
    });

    // A worker cannot steward: the draft that was made for the form is taken away again.
    const refused = await submit(eventActions.createEventAction, {
      name: "Harbor Festival",
      startDate: "2030-06-14",
      endDate: "2030-06-14",
      userIds: [setup.team.steward.user.id, setup.team.worker.user.id],
    });
    expect(fieldErrorsOf(refused)).toEqual({
      "userIds.1": ["Must be a member of this organization with the steward role or above."],
    });
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("edits, moves the status and cancels; another org's event is not found", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg("Other Crew");
    const { eventId } = await eventWithLabor(setup);
    signIn(setup.team.manager, setup.org.id);

    const saved = await submit(eventActions.updateEventAction, {
      eventId,
      name: "Harbor Festival 2030",
      locationId: "",
      startDate: "2030-06-14",
      endDate: "2030-06-16",
      overtimeMode: "off",
    });
    expect(dataOf(saved)).toMatchObject({
      name: "Harbor Festival 2030",
      location: null,
      endDate: "2030-06-16",
      payRules: { overtimeAfterHours: null },
      stewards: [],
    });

    signIn(other.team.manager, other.org.id);
    const before = await snapshotStaffing(setup.org.id);
    for (const [action, fields] of [
      [
        eventActions.updateEventAction,
        { eventId, name: "Mine", startDate: "2030-01-01", endDate: "2030-01-01" },
      ],
      [eventActions.setEventStatusAction, { eventId, status: "canceled" }],
      [eventActions.deleteEventAction, { eventId }],
    ] as const) {
      expect(await submit(action as Action<unknown>, fields)).toMatchObject({
        status: "error",
        message: "Event not found.",
      });
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);

    signIn(setup.team.steward, setup.org.id);
    expect(
      await submit(eventActions.setEventStatusAction, { eventId, status: "canceled" }),
    ).toMatchObject({ status: "error", message: NOT_ALLOWED });

    signIn(setup.team.manager, setup.org.id);
    const canceled = await submit(eventActions.setEventStatusAction, {
      eventId,
      status: "canceled",
    });
    expect(canceled).toMatchObject({
      status: "success",
      message: "Event canceled; the workers are being told.",
      data: { status: "canceled" },
    });
    // Canceled is final: the page offers nothing more, and the action says why.
    expect(
      await submit(eventActions.setEventStatusAction, { eventId, status: "active" }),
    ).toMatchObject({ status: "error", message: "An event cannot go from canceled to active." });
  });

  it("deletes a draft and goes back to the list; an active event is canceled instead", async () => {
    const setup = await staffingOrg();
    signIn(setup.team.manager, setup.org.id);
    const landing = await redirectOf(eventActions.createEventAction, {
      name: "Draft",
      startDate: "2030-06-14",
      endDate: "2030-06-14",
    });
    const draftId = /events\/([\w-]+)\?/.exec(landing)![1]!;
    expect(await redirectOf(eventActions.deleteEventAction, { eventId: draftId })).toBe(
      "/manage/staffing/events?deleted=1",
    );
    const { eventId } = await eventWithLabor(setup);
    expect(await submit(eventActions.deleteEventAction, { eventId })).toMatchObject({
      status: "error",
      message: "Only draft events can be deleted; cancel this one instead.",
    });
  });
});

describe("call times and labor from the event page", () => {
  it("adds a call time in the location's zone, edits it without losing overrides, copies and deletes it", async () => {
    const setup = await staffingOrg();
    const { eventId, callTimeId } = await eventWithLabor(setup);
    const [row] = await withSystemScope((tx) =>
      tx.select().from(callTimes).where(eq(callTimes.id, callTimeId)),
    );
    // 07:00 in New York in June is 11:00 UTC.
    expect(row!.startsAt.toISOString()).toBe("2030-06-14T11:00:00.000Z");

    const edited = await submit(pageActions.updateCallTimeAction, {
      callTimeId,
      name: "Load-in",
      date: "2030-06-14",
      time: "06:30",
      message: "Bring gloves",
      "payRules.minimumHours": "5",
      // The compact dialog posts the overrides it does not show back unchanged.
      "payRules.roundingGraceMinutes": "10",
      overtimeMode: "off",
    });
    expect(dataOf(edited)).toMatchObject({
      time: "06:30",
      message: "Bring gloves",
      payRules: { minimumHours: 5, roundingGraceMinutes: 10, overtimeAfterHours: null },
    });
    const board = await getEventBoard(
      await resolveOrgContext({ user: setup.team.manager.user, sessionId: "s" }, setup.org.id),
      eventId,
    );
    expect(board.callTimes[0]!.changes).toHaveLength(1);

    const copy = await submit(pageActions.copyCallTimeAction, {
      callTimeId,
      date: "2030-06-15",
      time: "07:00",
    });
    expect(dataOf(copy)).toMatchObject({ name: "Load-in", date: "2030-06-15", time: "07:00" });
    const copied = await withSystemScope((tx) =>
      tx
        .select()
        .from(laborRequirements)
        .where(eq(laborRequirements.callTimeId, dataOf(copy).id)),
    );
    expect(copied).toHaveLength(1);

    expect(await submit(pageActions.deleteCallTimeAction, { callTimeId })).toMatchObject({
      status: "success",
      message: "Call time deleted.",
    });
  });

  it("answers bad call time and labor fields and changes nothing", async () => {
    const setup = await staffingOrg();
    const { eventId, callTimeId, requirementId } = await eventWithLabor(setup);
    const before = await snapshotStaffing(setup.org.id);
    const blankName = await submit(pageActions.createCallTimeAction, {
      eventId,
      name: "",
      date: "2030-06-14",
      time: "07:00",
    });
    expect(Object.keys(fieldErrorsOf(blankName))).toEqual(["name"]);
    // A date without a time: the pair is reported together (the form shows it by the date).
    const missingTime = await submit(pageActions.createCallTimeAction, {
      eventId,
      name: "Show",
      date: "2030-06-14",
    });
    expect(fieldErrorsOf(missingTime)).toEqual({
      startsAt: ["Give either startsAt, or both date and time."],
    });
    const badTime = await submit(pageActions.createCallTimeAction, {
      eventId,
      name: "Show",
      date: "2030-06-14",
      time: "25:00",
    });
    expect(fieldErrorsOf(badTime)).toEqual({ time: ["Use a 24-hour time like 18:30."] });
    const tooManyFirst = await submit(pageActions.createRequirementAction, {
      callTimeId,
      laborTypeId: setup.laborTypes.rigger.id,
      needed: "2",
      firstComePositions: "3",
    });
    expect(fieldErrorsOf(tooManyFirst)).toEqual({
      firstComePositions: ["First-come positions cannot exceed the number needed."],
    });
    const sameType = await submit(pageActions.createRequirementAction, {
      callTimeId,
      laborTypeId: setup.laborTypes.stagehand.id,
      needed: "2",
    });
    expect(fieldErrorsOf(sameType)).toEqual({
      laborTypeId: ["This call time already has a requirement for that labor type."],
    });
    const badRate = await submit(pageActions.updateRequirementAction, {
      requirementId,
      needed: "0",
      payRate: "-4",
    });
    expect(Object.keys(fieldErrorsOf(badRate)).sort()).toEqual(["needed", "payRateMinor"]);
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });

  it("keeps the pay rate in minor units of the currency and edits the requirement", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await eventWithLabor(setup);
    const [row] = await withSystemScope((tx) =>
      tx.select().from(laborRequirements).where(eq(laborRequirements.id, requirementId)),
    );
    expect(row).toMatchObject({ payRateMinor: 2550, needed: 3 });
    const edited = await submit(pageActions.updateRequirementAction, {
      requirementId,
      needed: "5",
      firstComePositions: "2",
      payRate: "",
      "payRules.minimumHours": "6",
    });
    expect(dataOf(edited)).toMatchObject({
      needed: 5,
      firstComePositions: 2,
      payRateMinor: null,
      payRules: { minimumHours: 6 },
      counts: { unfilled: 5, confirmed: 0 },
    });
    expect(await submit(pageActions.deleteRequirementAction, { requirementId })).toMatchObject({
      status: "success",
      message: "Labor requirement deleted.",
    });
  });

  it("gives a steward their own event's call times and labor, and 404s the others", async () => {
    const setup = await staffingOrg();
    const mine = await eventWithLabor(setup);
    const notMine = await eventWithLabor(setup, 2, false);
    const other = await staffingOrg("Other Crew");
    const foreign = await eventWithLabor(other);

    signIn(setup.team.steward, setup.org.id);
    const added = await submit(pageActions.createCallTimeAction, {
      eventId: mine.eventId,
      name: "Show",
      date: "2030-06-14",
      time: "18:00",
    });
    expect(added.status).toBe("success");

    const before = await snapshotStaffing(setup.org.id);
    for (const ids of [notMine, foreign]) {
      expect(
        await submit(pageActions.createCallTimeAction, {
          eventId: ids.eventId,
          name: "Show",
          date: "2030-06-14",
          time: "18:00",
        }),
      ).toMatchObject({ status: "error", message: "Event not found." });
      expect(
        await submit(pageActions.updateCallTimeAction, {
          callTimeId: ids.callTimeId,
          name: "Taken over",
        }),
      ).toMatchObject({ status: "error", message: "Call time not found." });
      expect(
        await submit(pageActions.createRequirementAction, {
          callTimeId: ids.callTimeId,
          laborTypeId: setup.laborTypes.rigger.id,
          needed: "1",
        }),
      ).toMatchObject({ status: "error", message: "Call time not found." });
      expect(
        await submit(pageActions.deleteRequirementAction, { requirementId: ids.requirementId }),
      ).toMatchObject({ status: "error", message: "Labor requirement not found." });
    }
    expect(await snapshotStaffing(setup.org.id)).toEqual(before);
  });
});

describe("requests from the fill list and the event page", () => {
  it("requests and reserves workers, then lands on the event page at the requirement", async () => {
    const setup = await staffingOrg();
    const { eventId, requirementId } = await eventWithLabor(setup);
    const [ada, ben, cy] = await stagehands(setup, 3);
    const landing = await redirectOf(requestWorkersAction, {
      requirementId,
      eventId,
      workerIds: [ada!.id, ben!.id],
    });
    expect(landing).toBe(
      `/manage/staffing/events/${eventId}?requested=2#requirement-${requirementId}`,
    );
    const reserved = await redirectOf(requestWorkersAction, {
      requirementId,
      eventId,
      workerIds: [cy!.id, ada!.id],
      reserved: "on",
    });
    expect(reserved).toContain("requested=1&skipped=1");
    const rows = await withSystemScope((tx) =>
      tx.select().from(laborRequests).where(eq(laborRequests.requirementId, requirementId)),
    );
    expect(
      rows
        .map((row) => ({ worker: row.workerId, state: row.state, reserved: row.reserved }))
        .sort((a, b) => a.worker.localeCompare(b.worker)),
    ).toEqual(
      [
        { worker: ada!.id, state: "queued", reserved: false },
        { worker: ben!.id, state: "queued", reserved: false },
        { worker: cy!.id, state: "queued", reserved: true },
      ].sort((a, b) => a.worker.localeCompare(b.worker)),
    );
  });

  it("refuses unfit workers per row and queues nothing; others' requirements are not found", async () => {
    const setup = await staffingOrg();
    const { eventId, requirementId } = await eventWithLabor(setup);
    const notMine = await eventWithLabor(setup, 2, false);
    const [ada] = await stagehands(setup, 1);
    const rigger = await createWorkerRow(setup.org.id, {
      name: "Rita Rigger",
      phones: ["+14155559999"],
      laborTypeIds: [setup.laborTypes.rigger.id],
    });
    const before = await snapshotRequests(setup.org.id);
    const refused = await submit(requestWorkersAction, {
      requirementId,
      eventId,
      workerIds: [ada!.id, rigger.id],
    });
    expect(fieldErrorsOf(refused)).toEqual({
      "workerIds.1": ["This worker does not do this labor type."],
    });
    expect(fieldErrorsOf(await submit(requestWorkersAction, { requirementId, eventId }))).toEqual({
      workerIds: [expect.any(String)],
    });

    const other = await staffingOrg("Other Crew");
    const foreign = await eventWithLabor(other);
    signIn(setup.team.steward, setup.org.id);
    for (const ids of [notMine, foreign]) {
      expect(
        await submit(requestWorkersAction, {
          requirementId: ids.requirementId,
          eventId: ids.eventId,
          workerIds: [ada!.id],
        }),
      ).toMatchObject({ status: "error", message: "Labor requirement not found." });
    }
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
  });

  it("confirms, declines, cancels, marks no-shows and confirms in bulk within the places", async () => {
    const setup = await staffingOrg();
    const { eventId, requirementId } = await eventWithLabor(setup, 3);
    const workers = await stagehands(setup, 5);
    await redirectOf(requestWorkersAction, {
      requirementId,
      eventId,
      workerIds: workers.map((worker) => worker.id),
    });
    const ids = (await requestIdsOf(requirementId)).map((row) => row.id);

    expect(
      await submit(pageActions.actOnRequestAction, { requestId: ids[0]!, action: "confirm" }),
    ).toMatchObject({
      status: "success",
      message: "Request confirmed.",
      data: { state: "confirmed" },
    });
    expect(
      await submit(pageActions.actOnRequestAction, { requestId: ids[1]!, action: "decline" }),
    ).toMatchObject({ status: "success", data: { state: "declined" } });
    expect(await submit(pageActions.deleteRequestAction, { requestId: ids[2]! })).toMatchObject({
      status: "success",
      message: "Request withdrawn.",
    });

    // Three places, one taken: three more cannot all be confirmed, and none is.
    const before = await snapshotRequests(setup.org.id);
    const tooMany = await submit(pageActions.bulkConfirmAction, {
      requirementId,
      requestIds: [ids[1]!, ids[3]!, ids[4]!],
    });
    expect(tooMany).toMatchObject({ status: "error" });
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
    const bulk = await submit(pageActions.bulkConfirmAction, {
      requirementId,
      requestIds: [ids[3]!, ids[4]!],
    });
    expect(bulk).toMatchObject({ status: "success", message: "2 workers confirmed." });

    expect(
      await submit(pageActions.actOnRequestAction, { requestId: ids[3]!, action: "no-show" }),
    ).toMatchObject({ status: "success", data: { state: "no_call_no_show" } });
    expect(
      await submit(pageActions.actOnRequestAction, { requestId: ids[3]!, action: "showed-up" }),
    ).toMatchObject({ status: "success", data: { state: "confirmed" } });
    expect(
      await submit(pageActions.actOnRequestAction, { requestId: ids[4]!, action: "cancel" }),
    ).toMatchObject({ status: "success", data: { state: "canceled" } });

    const manager = await resolveOrgContext(
      { user: setup.team.manager.user, sessionId: "s" },
      setup.org.id,
    );
    expect((await getRequirement(manager, requirementId)).counts).toEqual({
      queued: 0,
      sent: 0,
      available: 0,
      declined: 1,
      confirmed: 2,
      canceled: 1,
      noShow: 0,
      unfilled: 1,
    });

    // A wrong field and another org's request leave everything as it was.
    const other = await staffingOrg("Other Crew");
    signIn(other.team.manager, other.org.id);
    const after = await snapshotRequests(setup.org.id);
    expect(
      await submit(pageActions.actOnRequestAction, { requestId: ids[0]!, action: "cancel" }),
    ).toMatchObject({ status: "error", message: "Labor request not found." });
    expect(
      await submit(pageActions.actOnRequestAction, { requestId: ids[0]!, action: "fire" }),
    ).toMatchObject({ status: "error", fieldErrors: { action: [expect.any(String)] } });
    expect(
      await submit(pageActions.bulkConfirmAction, { requirementId, requestIds: [ids[1]!] }),
    ).toMatchObject({ status: "error", message: "Labor requirement not found." });
    expect(await snapshotRequests(setup.org.id)).toEqual(after);
  });

  it("sends what is queued, pauses and resumes the event's sending", async () => {
    const setup = await staffingOrg();
    const { eventId, callTimeId, requirementId } = await eventWithLabor(setup);
    const workers = await stagehands(setup, 2);
    await redirectOf(requestWorkersAction, {
      requirementId,
      eventId,
      workerIds: workers.map((worker) => worker.id),
    });
    const paused = await submit(pageActions.setSendingPausedAction, { eventId, paused: "true" });
    expect(paused).toMatchObject({
      status: "success",
      message: "Sending paused: new requests wait until you send.",
      data: { sendingPaused: true },
    });
    const sent = await submit(pageActions.sendRequestsAction, { callTimeId });
    expect(sent).toMatchObject({
      status: "success",
      data: { queuedRequests: 2, queuedWorkers: 2, workersAwaitingConsent: 2, resumed: true },
    });
    expect(sent.status === "success" && sent.message).toMatch(/^Sending to 2 workers\. /);
    expect(await submit(pageActions.sendRequestsAction, { eventId, callTimeId })).toMatchObject({
      status: "error",
    });

    const other = await staffingOrg("Other Crew");
    signIn(other.team.manager, other.org.id);
    expect(await submit(pageActions.sendRequestsAction, { eventId })).toMatchObject({
      status: "error",
      message: "Event not found.",
    });
    expect(
      await submit(pageActions.setSendingPausedAction, { eventId, paused: "true" }),
    ).toMatchObject({ status: "error", message: "Event not found." });
  });
});

describe("the time sheet", () => {
  async function confirmedWorker(setup: Setup) {
    const ids = await eventWithLabor(setup, 2);
    const [worker] = await stagehands(setup, 1);
    await redirectOf(requestWorkersAction, {
      requirementId: ids.requirementId,
      eventId: ids.eventId,
      workerIds: [worker!.id],
    });
    const [request] = await requestIdsOf(ids.requirementId);
    await submit(pageActions.actOnRequestAction, { requestId: request!.id, action: "confirm" });
    return { ...ids, requestId: request!.id };
  }

  const zone = "America/New_York";

  it("signs in at the call time, out at a wall time, with a break, and keeps the history", async () => {
    const setup = await staffingOrg();
    const { requestId, callTimeId } = await confirmedWorker(setup);
    const signedIn = await submit(timesheetActions.signInAction, { requestId, timeZone: zone });
    expect(dataOf(signedIn).signedInAt).toBe("2030-06-14T11:00:00.000Z");
    const entryId = dataOf(signedIn).id;

    const mealBreak = await submit(timesheetActions.addMealBreakAction, {
      timeEntryId: entryId,
      date: "2030-06-14",
      time: "12:00",
      timeZone: zone,
      durationMinutes: "30",
      paid: "unpaid",
    });
    expect(dataOf(mealBreak)).toMatchObject({
      startsAt: "2030-06-14T16:00:00.000Z",
      durationMinutes: 30,
      paid: false,
    });
    const paid = await submit(timesheetActions.updateMealBreakAction, {
      breakId: dataOf(mealBreak).id,
      date: "2030-06-14",
      time: "12:15",
      timeZone: zone,
      durationMinutes: "20",
      paid: "paid",
    });
    expect(dataOf(paid)).toMatchObject({ durationMinutes: 20, paid: true });

    const signedOut = await submit(timesheetActions.signOutAction, {
      requestId,
      date: "2030-06-14",
      time: "15:40",
      timeZone: zone,
    });
    expect(dataOf(signedOut).signedOutAt).toBe("2030-06-14T19:40:00.000Z");

    const corrected = await submit(timesheetActions.updateTimeEntryAction, {
      timeEntryId: entryId,
      inDate: "2030-06-14",
      inTime: "06:45",
      outDate: "2030-06-14",
      outTime: "15:40",
      timeZone: zone,
    });
    expect(dataOf(corrected)).toMatchObject({
      signedInAt: "2030-06-14T10:45:00.000Z",
      signedOutAt: "2030-06-14T19:40:00.000Z",
    });
    expect(
      await submit(timesheetActions.deleteMealBreakAction, { breakId: dataOf(mealBreak).id }),
    ).toMatchObject({ status: "success", message: "Meal break deleted." });

    const { listCallTimeAudits } = await import("@/lib/staffing");
    const manager = await resolveOrgContext(
      { user: setup.team.manager.user, sessionId: "s" },
      setup.org.id,
    );
    const audits = (await listCallTimeAudits(manager, callTimeId)).get(entryId) ?? [];
    expect(audits.map((audit) => audit.field).sort()).toEqual([
      "break",
      "break",
      "break",
      "signedInAt",
      "signedInAt",
      "signedOutAt",
    ]);
  });

  it("refuses a sign-out before the sign-in and malformed times, changing nothing", async () => {
    const setup = await staffingOrg();
    const { requestId } = await confirmedWorker(setup);
    const entryId = dataOf(await submit(timesheetActions.signInAction, { requestId })).id;
    const snapshot = () =>
      withSystemScope(async (tx) => ({
        entries: await tx.select().from(timeEntries).where(eq(timeEntries.id, entryId)),
        breaks: await tx.select().from(mealBreaks).where(eq(mealBreaks.timeEntryId, entryId)),
      }));
    const before = await snapshot();
    expect(
      fieldErrorsOf(
        await submit(timesheetActions.updateTimeEntryAction, {
          timeEntryId: entryId,
          inDate: "2030-06-14",
          inTime: "07:00",
          outDate: "2030-06-14",
          outTime: "06:00",
          timeZone: zone,
        }),
      ),
    ).toEqual({ signedOutAt: ["The sign-out must be after the sign-in."] });
    expect(
      Object.keys(
        fieldErrorsOf(
          await submit(timesheetActions.addMealBreakAction, {
            timeEntryId: entryId,
            date: "2030-06-14",
            time: "noon",
            timeZone: zone,
            durationMinutes: "0",
            paid: "unpaid",
          }),
        ),
      ).sort(),
    ).toEqual(["durationMinutes", "startsAt"]);
    expect(
      fieldErrorsOf(
        await submit(timesheetActions.signOutAction, {
          requestId,
          date: "2030-06-14",
          time: "08:00",
          timeZone: "Mars/Olympus",
        }),
      ),
    ).toEqual({ at: [expect.any(String)] });
    expect(await snapshot()).toEqual(before);
  });

  it("404s another org's and a steward's other events' entries", async () => {
    const setup = await staffingOrg();
    const mine = await confirmedWorker(setup);
    const entryId = dataOf(
      await submit(timesheetActions.signInAction, { requestId: mine.requestId }),
    ).id;

    // The steward of `setup` runs `mine`; an event without them is out of reach.
    const unassigned = await eventWithLabor(setup, 1, false);
    const [worker] = await stagehands(setup, 1);
    await redirectOf(requestWorkersAction, {
      requirementId: unassigned.requirementId,
      eventId: unassigned.eventId,
      workerIds: [worker!.id],
    });
    const [unassignedRequest] = await requestIdsOf(unassigned.requirementId);
    await submit(pageActions.actOnRequestAction, {
      requestId: unassignedRequest!.id,
      action: "confirm",
    });

    signIn(setup.team.steward, setup.org.id);
    expect(
      await submit(timesheetActions.signOutAction, {
        requestId: mine.requestId,
        date: "2030-06-14",
        time: "16:00",
        timeZone: zone,
      }),
    ).toMatchObject({ status: "success" });
    expect(
      await submit(timesheetActions.signInAction, { requestId: unassignedRequest!.id }),
    ).toMatchObject({ status: "error", message: "Labor request not found." });

    const other = await staffingOrg("Other Crew");
    signIn(other.team.manager, other.org.id);
    expect(
      await submit(timesheetActions.updateTimeEntryAction, {
        timeEntryId: entryId,
        inDate: "2030-06-14",
        inTime: "06:00",
        timeZone: zone,
      }),
    ).toMatchObject({ status: "error", message: "Time entry not found." });
    expect(
      await submit(timesheetActions.addMealBreakAction, {
        timeEntryId: entryId,
        date: "2030-06-14",
        time: "12:00",
        timeZone: zone,
        durationMinutes: "30",
        paid: "unpaid",
      }),
    ).toMatchObject({ status: "error", message: "Time entry not found." });
    const stillIn = await requestRow(mine.requestId);
    expect(stillIn.state).toBe("confirmed");
  });

  it("downloads the CSV for the active org and 404s another org's call time", async () => {
    const setup = await staffingOrg();
    const { callTimeId, requestId } = await confirmedWorker(setup);
    await submit(timesheetActions.signInAction, { requestId });
    const call = (id: string) =>
      download.GET(
        new Request(`http://localhost/manage/staffing/call-times/${id}/timesheet/download`),
        { params: Promise.resolve({ id }) },
      );
    const csv = await call(callTimeId);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="timesheet-/);
    expect(await csv.text()).toContain("Worker 1");

    const other = await staffingOrg("Other Crew");
    signIn(other.team.manager, other.org.id);
    const foreign = await call(callTimeId);
    expect(foreign.status).toBe(404);
    viewer = null;
    const signedOut = await call(callTimeId);
    expect(signedOut.status).toBe(307);
    expect(signedOut.headers.get("location")).toContain("/sign-in?callbackUrl=");
  });
});

describe("the event page's read model", () => {
  it("loads call times, labor with counts and requests; a steward sees only their events", async () => {
    const setup = await staffingOrg();
    const mine = await eventWithLabor(setup, 2);
    const notMine = await eventWithLabor(setup, 2, false);
    const workers = await stagehands(setup, 2);
    await redirectOf(requestWorkersAction, {
      requirementId: mine.requirementId,
      eventId: mine.eventId,
      workerIds: workers.map((worker) => worker.id),
    });
    const steward = await resolveOrgContext(
      { user: setup.team.steward.user, sessionId: "s" },
      setup.org.id,
    );
    const board = await getEventBoard(steward, mine.eventId);
    expect(board.timeZone).toBe("America/New_York");
    expect(board.callTimes).toHaveLength(1);
    const [requirement] = board.callTimes[0]!.requirements;
    expect(requirement!.counts).toMatchObject({ queued: 2, unfilled: 2 });
    expect(requirement!.requests.map((request) => request.worker.name)).toEqual([
      "Worker 1",
      "Worker 2",
    ]);
    await expect(getEventBoard(steward, notMine.eventId)).rejects.toMatchObject({
      messageKey: "staffing.events.eventNotFound",
    });
    const rows = await withSystemScope((tx) =>
      tx
        .select({ id: laborRequests.id })
        .from(laborRequests)
        .where(and(eq(laborRequests.requirementId, mine.requirementId))),
    );
    expect(rows).toHaveLength(2);
  });
});

describe("GET /api/v1/staffing/requirements/{id}", () => {
  it("answers the requirement with its request counts; others' requirements are 404", async () => {
    const { callApi } = await import("@/lib/testing/api");
    const route = await import("@/app/api/v1/staffing/requirements/[id]/route");
    const setup = await staffingOrg();
    const mine = await eventWithLabor(setup, 3);
    const notMine = await eventWithLabor(setup, 2, false);
    const workers = await stagehands(setup, 2);
    await redirectOf(requestWorkersAction, {
      requirementId: mine.requirementId,
      eventId: mine.eventId,
      workerIds: workers.map((worker) => worker.id),
    });
    const [first] = await requestIdsOf(mine.requirementId);
    await submit(pageActions.actOnRequestAction, { requestId: first!.id, action: "confirm" });

    const found = await callApi(route.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
      params: { id: mine.requirementId },
    });
    expect(found.status).toBe(200);
    expect(found.body.data).toMatchObject({
      id: mine.requirementId,
      laborType: { name: "Stagehand" },
      needed: 3,
      payRateMinor: 2550,
      counts: {
        queued: 1,
        sent: 0,
        available: 0,
        declined: 0,
        confirmed: 1,
        canceled: 0,
        noShow: 0,
        unfilled: 2,
      },
    });
    const hidden = await callApi(route.GET, {
      token: setup.team.steward.token,
      orgId: setup.org.id,
      params: { id: notMine.requirementId },
    });
    expect(hidden.status).toBe(404);
    const other = await staffingOrg("Other Crew");
    const foreign = await callApi(route.GET, {
      token: other.team.manager.token,
      orgId: other.org.id,
      params: { id: mine.requirementId },
    });
    expect(foreign.status).toBe(404);
    // 401 without a token: lib/staffing/events.integration.test.ts checks every route.
  });
});
