import { describe, expect, it } from "vitest";
import * as notificationsRoute from "@/app/api/v1/staffing/notifications/route";
import * as readRoute from "@/app/api/v1/staffing/notifications/read/route";
import * as unreadRoute from "@/app/api/v1/staffing/notifications/unread-count/route";
import * as confirmRoute from "@/app/api/v1/staffing/requests/[id]/confirm/route";
import { callApi } from "@/lib/testing/api";
import { withTenant } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import {
  announcedBy,
  as,
  markSent,
  notificationRows,
  requestWorkers,
  stagehands,
  workerAnswers,
} from "./notices.testing";
import { answerRequest } from "./requests.service";
import { requirementSetup } from "./requests.testing";
import { listNotifications, unreadNotificationCount } from "./notifications.queries";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;

/** Three workers answer on a requirement with one first-come place: confirmed, available, declined. */
async function answeredRequirement(setup: Setup, assignSteward = true) {
  const where = await requirementSetup(setup, {
    needed: 2,
    firstComePositions: 1,
    assignSteward,
  });
  const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
  const ids = await requestWorkers(setup, where.requirementId, [ada!.id, ben!.id, cy!.id]);
  await markSent(ids);
  await workerAnswers(setup, ids[0]!, "yes");
  await workerAnswers(setup, ids[1]!, "yes");
  await workerAnswers(setup, ids[2]!, "no");
  return { ...where, ids, workers: [ada!, ben!, cy!] };
}

describe("notifications", () => {
  it("are made by the workers' answers, not by the manager's own actions", async () => {
    const setup = await staffingOrg();
    const { ids, eventId, requirementId } = await answeredRequirement(setup);
    const rows = await notificationRows(setup.org.id);
    expect(rows.map((row) => [row.kind, row.requestId, row.eventId])).toEqual([
      ["confirmed", ids[0], eventId],
      ["available", ids[1], eventId],
      ["declined", ids[2], eventId],
    ]);
    expect(rows.map((row) => row.message)).toEqual([
      "Ada confirmed for Harbor Festival - Load-in (Stagehand).",
      "Ben is available for Harbor Festival - Load-in (Stagehand).",
      "Cy declined Harbor Festival - Load-in (Stagehand).",
    ]);

    // The manager confirms Ben and a new worker answers through the manager's channel: no
    // notification for either; nor does a repeated answer that changes nothing.
    await callApi(confirmRoute.POST, { ...as(setup), params: { id: ids[1]! } });
    const [dee] = await stagehands(setup, ["Dee"]);
    const [deeRequest] = await requestWorkers(setup, requirementId, [dee!.id]);
    await withTenant({ orgId: setup.org.id }, (tx) =>
      answerRequest(tx, deeRequest!, "no", "manager"),
    );
    await workerAnswers(setup, ids[2]!, "no");
    expect(await notificationRows(setup.org.id)).toHaveLength(3);
  });

  it("list newest first with names for the reader's language, paginated and unread only", async () => {
    const setup = await staffingOrg();
    const { ids, eventId, callTimeId, workers } = await answeredRequirement(setup);
    const list = await callApi(notificationsRoute.GET, {
      ...as(setup),
      query: { pageSize: "2" },
    });
    expect(list.status).toBe(200);
    expect(list.body.meta).toEqual({ page: 1, pageSize: 2, total: 3 });
    expect(list.body.data[0]).toEqual({
      id: expect.any(String),
      kind: "declined",
      requestId: ids[2],
      worker: { id: workers[2]!.id, name: "Cy" },
      event: { id: eventId, name: "Harbor Festival" },
      callTime: { id: callTimeId, name: "Load-in", startsAt: "2026-12-04T12:00:00.000Z" },
      laborType: "Stagehand",
      message: "Cy declined Harbor Festival - Load-in (Stagehand).",
      readAt: null,
      createdAt: expect.any(String),
    });
    expect(list.body.data[1].kind).toBe("available");
    const page2 = await callApi(notificationsRoute.GET, {
      ...as(setup),
      query: { pageSize: "2", page: "2" },
    });
    expect(page2.body.data.map((n: { kind: string }) => n.kind)).toEqual(["confirmed"]);

    const count = await callApi(unreadRoute.GET, as(setup, "steward"));
    expect(count.status).toBe(200);
    expect(count.body.data).toEqual({ unread: 3 });

    const marked = await callApi(readRoute.POST, {
      ...as(setup),
      body: { ids: [list.body.data[0].id, list.body.data[0].id] },
    });
    expect(marked.status).toBe(200);
    expect(marked.body.data).toEqual({ count: 1 });
    const unread = await callApi(notificationsRoute.GET, {
      ...as(setup),
      query: { unreadOnly: "true" },
    });
    expect(unread.body.data.map((n: { kind: string }) => n.kind)).toEqual([
      "available",
      "confirmed",
    ]);
    expect(unread.body.meta.total).toBe(2);
    const all = await callApi(notificationsRoute.GET, {
      ...as(setup),
      query: { unreadOnly: "false" },
    });
    expect(all.body.meta.total).toBe(3);
    expect(all.body.data[0].readAt).toEqual(expect.any(String));

    // Read state is the team's: the owner sees it read too.
    const marksAll = await announcedBy(setup.org.id, async () => {
      const response = await callApi(readRoute.POST, {
        ...as(setup, "owner"),
        body: { all: true },
      });
      expect(response.body.data).toEqual({ count: 2 });
    });
    expect(marksAll).toEqual([[{ kind: "notification" }]]);
    expect((await callApi(unreadRoute.GET, as(setup))).body.data).toEqual({ unread: 0 });
    // Marking again changes nothing and announces nothing.
    expect(
      await announcedBy(setup.org.id, () =>
        callApi(readRoute.POST, { ...as(setup), body: { all: true } }),
      ),
    ).toEqual([]);
  });

  it("are cleared, and a new one is announced to the bell", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await answeredRequirement(setup);
    const cleared = await callApi(notificationsRoute.DELETE, as(setup));
    expect(cleared.status).toBe(200);
    expect(cleared.body.data).toEqual({ count: 3 });
    expect(await notificationRows(setup.org.id)).toEqual([]);

    const [dee] = await stagehands(setup, ["Dee"]);
    const [deeRequest] = await requestWorkers(setup, requirementId, [dee!.id]);
    await markSent([deeRequest!]);
    const jobs = await announcedBy(setup.org.id, () => workerAnswers(setup, deeRequest!, "no"));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toContainEqual({ kind: "notification" });
    expect((await callApi(unreadRoute.GET, as(setup))).body.data).toEqual({ unread: 1 });
  });

  it("answer 422 for bad bodies or ids the caller cannot see, marking nothing", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    await answeredRequirement(setup);
    await answeredRequirement(other);
    const [foreign] = (await callApi(notificationsRoute.GET, as(other))).body.data;
    const [own] = (await callApi(notificationsRoute.GET, as(setup))).body.data;

    const both = await callApi(readRoute.POST, {
      ...as(setup),
      body: { ids: [own.id], all: true },
    });
    expect(both.status).toBe(422);
    const neither = await callApi(readRoute.POST, { ...as(setup), body: {} });
    expect(neither.status).toBe(422);
    expect(neither.body.errors.body).toEqual(["Give either ids or all: true."]);
    const cross = await callApi(readRoute.POST, {
      ...as(setup),
      body: { ids: [own.id, foreign.id] },
    });
    expect(cross.status).toBe(422);
    expect(cross.body.errors).toEqual({ "ids.1": ["No such notification."] });
    expect((await callApi(unreadRoute.GET, as(setup))).body.data).toEqual({ unread: 3 });
    expect((await callApi(unreadRoute.GET, as(other))).body.data).toEqual({ unread: 3 });

    // Another org's member sees none of this org's notifications (their own org only).
    const otherList = await callApi(notificationsRoute.GET, as(other));
    expect(otherList.body.data.every((n: { id: string }) => n.id !== own.id)).toBe(true);
    // Clearing clears the caller's org only.
    await callApi(notificationsRoute.DELETE, as(other));
    expect((await callApi(unreadRoute.GET, as(setup))).body.data).toEqual({ unread: 3 });
  });

  it("show a steward only their events' notifications; workers and members get 403, no token 401", async () => {
    const setup = await staffingOrg();
    await answeredRequirement(setup, true);
    const unassigned = await answeredRequirement(setup, false);
    expect(await notificationRows(setup.org.id)).toHaveLength(6);

    const stewardList = await callApi(notificationsRoute.GET, as(setup, "steward"));
    expect(stewardList.body.meta.total).toBe(3);
    expect(
      stewardList.body.data.every(
        (n: { event: { id: string } }) => n.event.id !== unassigned.eventId,
      ),
    ).toBe(true);
    const managerList = await callApi(notificationsRoute.GET, as(setup));
    const hidden = managerList.body.data.find(
      (n: { event: { id: string } }) => n.event.id === unassigned.eventId,
    );
    const refused = await callApi(readRoute.POST, {
      ...as(setup, "steward"),
      body: { ids: [hidden.id] },
    });
    expect(refused.status).toBe(422);
    expect(
      (await callApi(readRoute.POST, { ...as(setup, "steward"), body: { all: true } })).body.data,
    ).toEqual({
      count: 3,
    });
    expect((await callApi(unreadRoute.GET, as(setup))).body.data).toEqual({ unread: 3 });
    expect((await callApi(notificationsRoute.DELETE, as(setup, "steward"))).body.data).toEqual({
      count: 3,
    });
    expect(await notificationRows(setup.org.id)).toHaveLength(3);

    for (const role of ["worker", "member"] as const) {
      expect((await callApi(notificationsRoute.GET, as(setup, role))).status).toBe(403);
      expect(
        (await callApi(readRoute.POST, { ...as(setup, role), body: { all: true } })).status,
      ).toBe(403);
      expect((await callApi(notificationsRoute.DELETE, as(setup, role))).status).toBe(403);
    }
    expect((await callApi(notificationsRoute.GET, { orgId: setup.org.id })).status).toBe(401);
    expect((await callApi(unreadRoute.GET, { orgId: setup.org.id })).status).toBe(401);
    expect(
      (await callApi(readRoute.POST, { orgId: setup.org.id, body: { all: true } })).status,
    ).toBe(401);
    expect((await callApi(notificationsRoute.DELETE, { orgId: setup.org.id })).status).toBe(401);
  });

  it("service functions serve the bell directly", async () => {
    const setup = await staffingOrg();
    await answeredRequirement(setup);
    const context = {
      orgId: setup.org.id,
      userId: setup.team.manager.user.id,
      role: "manager" as const,
      membershipId: setup.team.manager.membershipId,
    };
    expect(await unreadNotificationCount(context)).toBe(3);
    const { items, meta } = await listNotifications(context, { unreadOnly: true, page: 1 });
    expect(items).toHaveLength(3);
    expect(meta).toEqual({ page: 1, pageSize: 20, total: 3 });
  });
});
