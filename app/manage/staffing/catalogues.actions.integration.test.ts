import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { laborTypes, locations, staffingSettings, workers } from "@/db/schema";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/identity/viewer";
import { listWorkers, ZListWorkersQuery } from "@/lib/staffing";
import { staffingOrg } from "@/lib/staffing/events.testing";
import {
  createLaborTypeRow,
  createLocationRow,
  createRequirementRow,
  createWorkerRow,
  snapshotPeople,
} from "@/lib/staffing/people.testing";
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

const workerActions = await import("./workers/actions");
const locationActions = await import("./locations/actions");
const laborTypeActions = await import("./labor-types/actions");
const { saveStaffingSettings } = await import("./settings/actions");

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

function fieldErrorsOf(state: FormState<unknown>) {
  return state.status === "error" ? (state.fieldErrors ?? {}) : {};
}

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

describe("workers from the dashboard", () => {
  it("adds a worker with phones, labor types and details from the form", async () => {
    const { org, team, laborTypes: types } = await staffingOrg();
    signIn(team.manager, org.id);
    const state = await submit(workerActions.createStaffingWorker, {
      name: "Alba Hoxha",
      phone: "+1 415 555 0101",
      alternatePhones: ["+1 (415) 555-0111", "+355 69 123 4567"],
      email: "Alba@Example.com",
      laborTypeIds: [types.stagehand.id, types.rigger.id],
      notes: "Forklift licence",
      active: "on",
    });
    expect(state).toMatchObject({
      status: "success",
      message: "Worker added.",
      data: {
        name: "Alba Hoxha",
        phone: "+14155550101",
        alternatePhones: ["+14155550111", "+355691234567"],
        email: "alba@example.com",
        notes: "Forklift licence",
        active: true,
        smsConsent: "unknown",
      },
    });
    const data = state.status === "success" ? state.data : null;
    expect(data?.laborTypes.map((type) => type.name).sort()).toEqual(["Rigger", "Stagehand"]);
  });

  it("answers each bad field and saves nothing", async () => {
    const { org, team } = await staffingOrg();
    await createWorkerRow(org.id, { name: "Taken", phones: ["+14155550101"] });
    const before = await snapshotPeople(org.id);
    signIn(team.manager, org.id);
    const state = await submit(workerActions.createStaffingWorker, {
      name: "Ben",
      phone: "+1 415 555 0101",
      email: "not-an-email",
      laborTypeIds: "not-a-uuid",
    });
    expect(state).toMatchObject({ status: "error" });
    expect(Object.keys(fieldErrorsOf(state)).sort()).toEqual(["email", "laborTypeIds.0"]);

    // Shape is fine now: the phone belongs to another worker, and an alternate is not a number.
    const taken = await submit(workerActions.createStaffingWorker, {
      name: "Ben",
      phone: "+1 415 555 0101",
      alternatePhones: "12",
    });
    expect(fieldErrorsOf(taken)).toEqual({ "alternatePhones.0": [expect.any(String)] });
    const duplicate = await submit(workerActions.createStaffingWorker, {
      name: "Ben",
      phone: "+1 415 555 0101",
    });
    expect(duplicate).toMatchObject({
      status: "error",
      fieldErrors: { phone: ["Another worker already has this phone number."] },
    });
    expect(await snapshotPeople(org.id)).toEqual(before);
  });

  it("saves cleared fields as cleared and records a spoken stop", async () => {
    const { org, team, laborTypes: types } = await staffingOrg();
    const worker = await createWorkerRow(org.id, {
      name: "Chiara",
      phones: ["+14155550103", "+14155550113"],
      laborTypeIds: [types.stagehand.id],
      email: "chiara@example.com",
    });
    signIn(team.manager, org.id);
    // The form posts no email, no alternates, no labor types and an unchecked "active".
    const state = await submit(workerActions.updateStaffingWorker, {
      id: worker.id,
      name: "Chiara Rossi",
      phone: "+14155550103",
      stopTexts: "on",
    });
    expect(state).toMatchObject({
      status: "success",
      message: "Worker saved.",
      data: {
        name: "Chiara Rossi",
        email: null,
        alternatePhones: [],
        laborTypes: [],
        active: false,
        smsConsent: "stopped",
      },
    });
  });

  it("answers not found for another organization's worker and changes nothing", async () => {
    const mine = await staffingOrg("Mine");
    const theirs = await staffingOrg("Theirs");
    const foreign = await createWorkerRow(theirs.org.id, {
      name: "Foreign",
      phones: ["+14155550150"],
    });
    const before = await snapshotPeople(theirs.org.id);
    signIn(mine.team.manager, mine.org.id);
    const update = await submit(workerActions.updateStaffingWorker, {
      id: foreign.id,
      name: "Mine now",
      phone: "+14155550150",
    });
    expect(update).toMatchObject({ status: "error", message: "No such worker." });
    const remove = await submit(workerActions.removeStaffingWorker, { id: foreign.id });
    expect(remove).toMatchObject({ status: "error", message: "No such worker." });
    expect(await snapshotPeople(theirs.org.id)).toEqual(before);
  });

  it("refuses stewards", async () => {
    const { org, team } = await staffingOrg();
    const worker = await createWorkerRow(org.id, { name: "Dritan", phones: ["+14155550104"] });
    const before = await snapshotPeople(org.id);
    signIn(team.steward, org.id);
    for (const [action, fields] of [
      [workerActions.createStaffingWorker, { name: "X", phone: "+14155550199" }],
      [workerActions.updateStaffingWorker, { id: worker.id, name: "X", phone: "+14155550104" }],
      [workerActions.removeStaffingWorker, { id: worker.id }],
      [workerActions.previewStaffingImport, { content: "name,phone\nX,+14155550198" }],
      [workerActions.commitStaffingImport, { content: "name,phone\nX,+14155550198" }],
    ] as const) {
      expect(await submit(action as Action<unknown>, fields)).toMatchObject({
        status: "error",
        message: NOT_ALLOWED,
      });
    }
    expect(await snapshotPeople(org.id)).toEqual(before);
  });

  it("deletes a worker never asked to work and deactivates one with requests", async () => {
    const { org, team, laborTypes: types } = await staffingOrg();
    const fresh = await createWorkerRow(org.id, { name: "Fresh", phones: ["+14155550105"] });
    const asked = await createWorkerRow(org.id, { name: "Asked", phones: ["+14155550106"] });
    await createRequirementRow(org.id, {
      laborTypeId: types.stagehand.id,
      requestWorkerId: asked.id,
    });
    signIn(team.manager, org.id);
    expect(await submit(workerActions.removeStaffingWorker, { id: fresh.id })).toMatchObject({
      status: "success",
      message: "Worker deleted.",
    });
    expect(await submit(workerActions.removeStaffingWorker, { id: asked.id })).toMatchObject({
      status: "success",
      data: { outcome: "deactivated" },
    });
    const rows = await withSystemScope((tx) =>
      tx
        .select({ id: workers.id, active: workers.active })
        .from(workers)
        .where(eq(workers.orgId, org.id)),
    );
    expect(rows).toEqual([{ id: asked.id, active: false }]);
  });

  it("previews an import row by row without saving, then imports the new rows", async () => {
    const { org, team } = await staffingOrg();
    await createWorkerRow(org.id, { name: "Existing", phones: ["+14155550101"] });
    signIn(team.manager, org.id);
    const content = [
      "name,phone,labor types",
      "Alba,+1 415 555 0101,Stagehand",
      "Ben,+1 415 555 0102,Usher",
      ",+1 415 555 0103,",
    ].join("\n");
    const before = await snapshotPeople(org.id);
    const preview = await submit(workerActions.previewStaffingImport, { format: "csv", content });
    expect(preview).toMatchObject({
      status: "success",
      data: {
        counts: { new: 1, duplicate: 1, error: 1 },
        newLaborTypes: ["Usher"],
        rows: [
          { row: 2, status: "duplicate" },
          { row: 3, status: "new" },
          {
            row: 4,
            status: "error",
            errors: [{ field: "name", message: "This field is required." }],
          },
        ],
      },
    });
    expect(await snapshotPeople(org.id)).toEqual(before);

    const commit = await submit(workerActions.commitStaffingImport, { format: "csv", content });
    expect(commit).toMatchObject({
      status: "success",
      message: "Imported 1 workers.",
      data: { created: 1, duplicates: 1, errors: 1, laborTypesCreated: 1 },
    });
    const after = await snapshotPeople(org.id);
    expect(after.workers.map((row) => row.name).sort()).toEqual(["Ben", "Existing"]);
  });

  it("lists workers by SMS consent state (the list's filter)", async () => {
    const { org, team } = await staffingOrg();
    const stopped = await createWorkerRow(org.id, { name: "Stopped", phones: ["+14155550107"] });
    await createWorkerRow(org.id, { name: "Unasked", phones: ["+14155550108"] });
    await withSystemScope((tx) =>
      tx.update(workers).set({ smsConsent: "stopped" }).where(eq(workers.id, stopped.id)),
    );
    const context = {
      orgId: org.id,
      userId: team.manager.user.id,
      role: "manager" as const,
      membershipId: team.manager.membershipId,
    };
    const page = await listWorkers(context, ZListWorkersQuery.parse({ consent: "stopped" }));
    expect(page.items.map((worker) => worker.name)).toEqual(["Stopped"]);
    expect(page.meta.total).toBe(1);
  });

  it("answers an unreadable file with the file's error", async () => {
    const { org, team } = await staffingOrg();
    signIn(team.manager, org.id);
    const state = await submit(workerActions.previewStaffingImport, {
      content: "first,last\nAlba,Hoxha",
    });
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { content: [expect.any(String)] },
    });
  });
});

describe("locations from the dashboard", () => {
  it("adds a location with its own pay rules", async () => {
    const { org, team } = await staffingOrg();
    signIn(team.manager, org.id);
    const state = await submit(locationActions.createStaffingLocation, {
      name: "Bayfront Pavilion",
      address: "1 Embarcadero Center",
      latitude: "37.7952",
      longitude: "-122.3966",
      timeZone: "America/Los_Angeles",
      "payRules.minimumHours": "5",
      overtimeMode: "after",
      "payRules.overtimeAfterHours": "8",
    });
    expect(state).toMatchObject({
      status: "success",
      message: "Location added.",
      data: {
        name: "Bayfront Pavilion",
        latitude: 37.7952,
        longitude: -122.3966,
        timeZone: "America/Los_Angeles",
        payRules: { minimumHours: 5, overtimeAfterHours: 8 },
      },
    });
  });

  it("answers bad fields and saves nothing", async () => {
    const { org, team } = await staffingOrg();
    const before = await snapshotPeople(org.id);
    signIn(team.manager, org.id);
    const state = await submit(locationActions.createStaffingLocation, {
      name: "Bad rules",
      timeZone: "Mars/Olympus",
      "payRules.roundingGraceMinutes": "45",
      overtimeMode: "after",
    });
    expect(Object.keys(fieldErrorsOf(state)).sort()).toEqual([
      "payRules.overtimeAfterHours",
      "payRules.roundingGraceMinutes",
      "timeZone",
    ]);
    const halfPoint = await submit(locationActions.createStaffingLocation, {
      name: "Half a point",
      latitude: "41.3",
      timeZone: "Europe/Tirane",
    });
    expect(fieldErrorsOf(halfPoint)).toEqual({
      longitude: ["Give both latitude and longitude, or neither."],
    });
    expect(await snapshotPeople(org.id)).toEqual(before);
  });

  it("edits a location: emptied rules inherit again, and overtime can be switched off", async () => {
    const { org, team } = await staffingOrg();
    const location = await createLocationRow(org.id, "Old Hall");
    await withSystemScope((tx) =>
      tx
        .update(locations)
        .set({ payRules: { minimumHours: 6 }, latitude: 1, longitude: 2 })
        .where(eq(locations.id, location.id)),
    );
    signIn(team.manager, org.id);
    const state = await submit(locationActions.updateStaffingLocation, {
      id: location.id,
      name: "New Hall",
      timeZone: "Europe/Tirane",
      overtimeMode: "off",
    });
    expect(state).toMatchObject({
      status: "success",
      data: {
        name: "New Hall",
        address: null,
        latitude: null,
        longitude: null,
        payRules: { overtimeAfterHours: null },
      },
    });
  });

  it("answers not found for another organization's location, refuses stewards, keeps one in use", async () => {
    const mine = await staffingOrg("Mine");
    const theirs = await staffingOrg("Theirs");
    const before = await snapshotPeople(theirs.org.id);
    signIn(mine.team.manager, mine.org.id);
    expect(
      await submit(locationActions.updateStaffingLocation, {
        id: theirs.location.id,
        name: "Mine",
        timeZone: "UTC",
      }),
    ).toMatchObject({ status: "error", message: "No such location." });
    expect(
      await submit(locationActions.deleteStaffingLocation, { id: theirs.location.id }),
    ).toMatchObject({ status: "error", message: "No such location." });
    expect(await snapshotPeople(theirs.org.id)).toEqual(before);

    signIn(mine.team.steward, mine.org.id);
    expect(
      await submit(locationActions.createStaffingLocation, { name: "X", timeZone: "UTC" }),
    ).toMatchObject({ status: "error", message: NOT_ALLOWED });

    await createRequirementRow(mine.org.id, {
      laborTypeId: mine.laborTypes.stagehand.id,
      locationId: mine.location.id,
    });
    signIn(mine.team.manager, mine.org.id);
    expect(
      await submit(locationActions.deleteStaffingLocation, { id: mine.location.id }),
    ).toMatchObject({
      status: "error",
      message: "An event takes place at this location, so it cannot be deleted.",
    });
  });
});

describe("labor types from the dashboard", () => {
  it("adds, renames and deletes; a taken name is a field error", async () => {
    const { org, team } = await staffingOrg();
    signIn(team.manager, org.id);
    const added = await submit(laborTypeActions.createStaffingLaborType, { name: "Usher" });
    expect(added).toMatchObject({ status: "success", message: "Labor type added." });
    const id = added.status === "success" ? added.data.id : "";

    const before = await snapshotPeople(org.id);
    const taken = await submit(laborTypeActions.renameStaffingLaborType, { id, name: "rigger" });
    expect(taken).toMatchObject({
      status: "error",
      fieldErrors: { name: ["A labor type with this name already exists."] },
    });
    expect(await submit(laborTypeActions.createStaffingLaborType, { name: " " })).toMatchObject({
      status: "error",
      fieldErrors: { name: [expect.any(String)] },
    });
    expect(await snapshotPeople(org.id)).toEqual(before);

    expect(
      await submit(laborTypeActions.renameStaffingLaborType, { id, name: "Head usher" }),
    ).toMatchObject({ status: "success", data: { name: "Head usher" } });
    expect(await submit(laborTypeActions.deleteStaffingLaborType, { id })).toMatchObject({
      status: "success",
      message: "Labor type deleted.",
    });
  });

  it("refuses to delete one a requirement uses, and says why", async () => {
    const { org, team } = await staffingOrg();
    const used = await createLaborTypeRow(org.id, "Forklift");
    await createRequirementRow(org.id, { laborTypeId: used.id });
    signIn(team.manager, org.id);
    expect(await submit(laborTypeActions.deleteStaffingLaborType, { id: used.id })).toMatchObject({
      status: "error",
      message: "An event's requirement uses this labor type, so it cannot be deleted.",
    });
    const [row] = await withSystemScope((tx) =>
      tx.select().from(laborTypes).where(eq(laborTypes.id, used.id)),
    );
    expect(row?.name).toBe("Forklift");
  });

  it("answers not found for another organization's labor type and refuses stewards", async () => {
    const mine = await staffingOrg("Mine");
    const theirs = await staffingOrg("Theirs");
    const before = await snapshotPeople(theirs.org.id);
    signIn(mine.team.admin, mine.org.id);
    const foreignId = theirs.laborTypes.stagehand.id;
    expect(
      await submit(laborTypeActions.renameStaffingLaborType, { id: foreignId, name: "Mine" }),
    ).toMatchObject({ status: "error", message: "No such labor type." });
    expect(await submit(laborTypeActions.deleteStaffingLaborType, { id: foreignId })).toMatchObject(
      { status: "error", message: "No such labor type." },
    );
    expect(await snapshotPeople(theirs.org.id)).toEqual(before);

    signIn(mine.team.steward, mine.org.id);
    const mineBefore = await snapshotPeople(mine.org.id);
    for (const [action, fields] of [
      [laborTypeActions.createStaffingLaborType, { name: "Usher" }],
      [
        laborTypeActions.renameStaffingLaborType,
        { id: mine.laborTypes.rigger.id, name: "Climber" },
      ],
      [laborTypeActions.deleteStaffingLaborType, { id: mine.laborTypes.rigger.id }],
    ] as const) {
      expect(await submit(action as Action<unknown>, fields)).toMatchObject({
        status: "error",
        message: NOT_ALLOWED,
      });
    }
    expect(await snapshotPeople(mine.org.id)).toEqual(mineBefore);
  });
});

describe("staffing settings from the dashboard", () => {
  const settingsOf = (orgId: string) =>
    withSystemScope((tx) =>
      tx.select().from(staffingSettings).where(eq(staffingSettings.orgId, orgId)),
    );

  it("saves pay rules, reminders, auto-withdraw, conflict window and sender name", async () => {
    const { org, team } = await staffingOrg();
    signIn(team.admin, org.id);
    const state = await submit(saveStaffingSettings, {
      "payRules.minimumHours": "4",
      "payRules.roundingGraceMinutes": "10",
      "payRules.mealPenaltyTriggerHours": "5",
      "payRules.mealPenaltyMultiplier": "1.5",
      overtimeMode: "after",
      "payRules.overtimeAfterHours": "10",
      reminderHours: "48, 2",
      autoWithdraw: "on",
      autoWithdrawHours: "6",
      conflictWindowHours: "4",
      smsSenderName: "Harbor Crew",
    });
    expect(state).toMatchObject({
      status: "success",
      message: "Staffing settings saved.",
      data: {
        payRules: {
          minimumHours: 4,
          roundingGraceMinutes: 10,
          mealPenaltyTriggerHours: 5,
          mealPenaltyMultiplier: 1.5,
          overtimeAfterHours: 10,
        },
        reminderHours: [48, 2],
        autoWithdrawHours: 6,
        conflictWindowHours: 4,
        smsSenderName: "Harbor Crew",
      },
    });

    // Unticking auto-withdraw, emptying reminders and the sender name switch them off.
    const off = await submit(saveStaffingSettings, {
      overtimeMode: "off",
      conflictWindowHours: "4",
    });
    expect(off).toMatchObject({
      status: "success",
      data: {
        payRules: { overtimeAfterHours: null },
        reminderHours: [],
        autoWithdrawHours: null,
        smsSenderName: null,
      },
    });
  });

  it("answers bad fields, saves nothing and refuses stewards", async () => {
    const { org, team } = await staffingOrg();
    signIn(team.manager, org.id);
    await submit(saveStaffingSettings, { reminderHours: "24", conflictWindowHours: "5" });
    const before = await settingsOf(org.id);
    const state = await submit(saveStaffingSettings, {
      reminderHours: "24, soon, 24",
      autoWithdraw: "on",
      conflictWindowHours: "99",
      overtimeMode: "off",
    });
    expect(Object.keys(fieldErrorsOf(state)).sort()).toEqual([
      "autoWithdrawHours",
      "conflictWindowHours",
      "reminderHours.1",
    ]);
    const repeated = await submit(saveStaffingSettings, {
      reminderHours: "24 24",
      overtimeMode: "off",
    });
    expect(fieldErrorsOf(repeated)).toEqual({
      reminderHours: ["Each reminder hour may appear only once."],
    });
    expect(await settingsOf(org.id)).toEqual(before);

    signIn(team.steward, org.id);
    expect(
      await submit(saveStaffingSettings, { reminderHours: "1", overtimeMode: "off" }),
    ).toMatchObject({ status: "error", message: NOT_ALLOWED });
    expect(await settingsOf(org.id)).toEqual(before);
  });
});
