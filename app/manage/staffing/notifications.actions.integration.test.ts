import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { staffingNotifications } from "@/db/schema";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/identity/viewer";
import { staffingOrg } from "@/lib/staffing/events.testing";
import { recordNotifications } from "@/lib/staffing/notifications.service";
import { createRequirementRow, createWorkerRow } from "@/lib/staffing/people.testing";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { SignedIn } from "@/lib/tenancy/testing";

const jar = new Map<string, string>();
let viewer: Viewer | null = null;

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/identity/web-session", () => ({ getWebViewer: async () => viewer }));

const { clearStaffingNotifications, markStaffingNotificationsRead } =
  await import("./notification-actions");

type Action<T> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

async function submit<T>(action: Action<T>, fields: Record<string, string | string[]> = {}) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of [value].flat()) data.append(name, item);
  }
  return action(idle as FormState<T>, data);
}

function signIn(member: SignedIn, orgId: string) {
  viewer = { user: member.user, sessionId: "web-session" };
  jar.clear();
  jar.set(ACTIVE_ORG_COOKIE, orgId);
}

/** An org with an event and two notifications about a worker's answers on it. */
async function orgWithNotifications(name: string) {
  const setup = await staffingOrg(name);
  const worker = await createWorkerRow(setup.org.id, { name: "Ada", phones: ["+14155550101"] });
  const { event } = await createRequirementRow(setup.org.id, {
    laborTypeId: setup.laborTypes.stagehand.id,
    requestWorkerId: worker.id,
  });
  const ids = await withSystemScope(async (tx) => {
    const [request] = await tx.query.laborRequests.findMany({
      where: (table, { eq: equals }) => equals(table.orgId, setup.org.id),
    });
    await recordNotifications(tx, [
      { kind: "available", requestId: request!.id },
      { kind: "declined", requestId: request!.id },
    ]);
    const rows = await tx
      .select({ id: staffingNotifications.id })
      .from(staffingNotifications)
      .where(eq(staffingNotifications.orgId, setup.org.id));
    return rows.map((row) => row.id);
  });
  return { ...setup, event, notificationIds: ids };
}

const stateOf = (orgId: string) =>
  withSystemScope((tx) =>
    tx
      .select({ id: staffingNotifications.id, readAt: staffingNotifications.readAt })
      .from(staffingNotifications)
      .where(eq(staffingNotifications.orgId, orgId))
      .orderBy(staffingNotifications.id),
  );

beforeEach(() => {
  viewer = null;
  jar.clear();
});

describe("the notification bell's actions", () => {
  it("marks one, then all, read and clears them", async () => {
    const { org, team, notificationIds } = await orgWithNotifications("Bell Co");
    signIn(team.manager, org.id);
    expect(await submit(markStaffingNotificationsRead, { ids: notificationIds[0]! })).toMatchObject(
      { status: "success", data: { count: 1 } },
    );
    expect((await stateOf(org.id)).filter((row) => row.readAt === null)).toHaveLength(1);

    expect(await submit(markStaffingNotificationsRead, { all: "true" })).toMatchObject({
      status: "success",
      message: "Notifications marked as read.",
      data: { count: 1 },
    });
    expect((await stateOf(org.id)).every((row) => row.readAt !== null)).toBe(true);

    expect(await submit(clearStaffingNotifications)).toMatchObject({
      status: "success",
      message: "Notifications cleared.",
      data: { count: 2 },
    });
    expect(await stateOf(org.id)).toEqual([]);
  });

  it("answers a bad form with field errors and changes nothing", async () => {
    const { org, team } = await orgWithNotifications("Bell Co");
    const before = await stateOf(org.id);
    signIn(team.manager, org.id);
    const state = await submit(markStaffingNotificationsRead, { ids: "not-an-id" });
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { "ids.0": [expect.any(String)] },
    });
    expect(await submit(markStaffingNotificationsRead)).toMatchObject({ status: "error" });
    expect(await stateOf(org.id)).toEqual(before);
  });

  it("does not touch another organization's notifications", async () => {
    const mine = await orgWithNotifications("Mine");
    const theirs = await orgWithNotifications("Theirs");
    const before = await stateOf(theirs.org.id);
    signIn(mine.team.manager, mine.org.id);
    const state = await submit(markStaffingNotificationsRead, {
      ids: theirs.notificationIds[0]!,
    });
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { "ids.0": ["No such notification."] },
    });
    await submit(clearStaffingNotifications);
    expect(await stateOf(theirs.org.id)).toEqual(before);
    expect(await stateOf(mine.org.id)).toEqual([]);
  });

  it("lets a steward act only on their events' notifications, and refuses workers", async () => {
    const { org, team, notificationIds } = await orgWithNotifications("Steward Co");
    const before = await stateOf(org.id);
    signIn(team.steward, org.id);
    expect(await submit(markStaffingNotificationsRead, { ids: notificationIds[0]! })).toMatchObject(
      { status: "error", fieldErrors: { "ids.0": ["No such notification."] } },
    );
    expect(await submit(clearStaffingNotifications)).toMatchObject({
      status: "success",
      data: { count: 0 },
    });
    signIn(team.worker, org.id);
    expect(await submit(clearStaffingNotifications)).toMatchObject({
      status: "error",
      message: "Your role in this organization does not allow this.",
    });
    expect(await stateOf(org.id)).toEqual(before);
  });
});
