import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as fillListRoute from "@/app/api/v1/staffing/requirements/[id]/fill-list/route";
import * as requestsRoute from "@/app/api/v1/staffing/requirements/[id]/requests/route";
import * as bulkConfirmRoute from "@/app/api/v1/staffing/requirements/[id]/confirm/route";
import * as requestRoute from "@/app/api/v1/staffing/requests/[id]/route";
import * as confirmRoute from "@/app/api/v1/staffing/requests/[id]/confirm/route";
import * as declineRoute from "@/app/api/v1/staffing/requests/[id]/decline/route";
import * as cancelRoute from "@/app/api/v1/staffing/requests/[id]/cancel/route";
import * as noShowRoute from "@/app/api/v1/staffing/requests/[id]/no-show/route";
import * as showedUpRoute from "@/app/api/v1/staffing/requests/[id]/showed-up/route";
import { laborRequests, workers } from "@/db/schema/staffing";
import { callApi } from "@/lib/testing/api";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import { createWorkerRow } from "./people.testing";
import {
  requestRow,
  requirementRow,
  requirementSetup,
  setRequestState,
  snapshotRequests,
} from "./requests.testing";
import { actOnRequest, answerRequest, markRequestsSent } from "./requests.service";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;

/** Phones are unique per org: each worker made here gets the next number. */
let nextPhone = 1000;

async function stagehands(setup: Setup, names: string[]) {
  const result = [];
  for (const name of names) {
    result.push(
      await createWorkerRow(setup.org.id, {
        name,
        phones: [`+1212555${String(nextPhone++)}`],
        laborTypeIds: [setup.laborTypes.stagehand.id],
      }),
    );
  }
  return result;
}

function as(setup: Setup, role: keyof Setup["team"] = "manager") {
  return { token: setup.team[role].token, orgId: setup.org.id };
}

async function request(setup: Setup, requirementId: string, workerIds: string[], reserved = false) {
  const response = await callApi(requestsRoute.POST, {
    ...as(setup),
    params: { id: requirementId },
    body: { workerIds, reserved },
  });
  expect(response.status).toBe(201);
  return response.body.data.created.map((r: { id: string }) => r.id) as string[];
}

function answer(setup: Setup, requestId: string, value: "yes" | "no") {
  return withTenant({ orgId: setup.org.id }, (tx) => answerRequest(tx, requestId, value, "web"));
}

describe("fill list", () => {
  it("lists active workers with the labor type, phone, request, conflicts, stop and reliability", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 3 });
    const nearby = await requirementSetup(setup, { needed: 3, time: "10:00" });
    const farAway = await requirementSetup(setup, { needed: 3, time: "20:00" });
    const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
    await createWorkerRow(setup.org.id, {
      name: "Rita Rigger",
      phones: ["+12125559999"],
      laborTypeIds: [setup.laborTypes.rigger.id],
    });
    const [inactive] = await stagehands(setup, ["Ina Inactive"]);
    await withSystemScope(async (tx) => {
      await tx.update(workers).set({ active: false }).where(eq(workers.id, inactive!.id));
      await tx
        .update(workers)
        .set({ smsConsent: "stopped", noCallNoShowCount: 2, lateCancellationCount: 1 })
        .where(eq(workers.id, ada!.id));
    });
    // Ben is confirmed three hours later (a conflict) and available 13 hours later (not one).
    const [benNear] = await request(setup, nearby.requirementId, [ben!.id]);
    const [benFar] = await request(setup, farAway.requirementId, [ben!.id]);
    await setRequestState(benNear!, "confirmed");
    await setRequestState(benFar!, "available");
    const [cyRequest] = await request(setup, requirementId, [cy!.id], true);

    const list = await callApi(fillListRoute.GET, {
      ...as(setup, "steward"),
      params: { id: requirementId },
    });
    expect(list.status).toBe(200);
    expect(list.body.meta).toMatchObject({ page: 1, pageSize: 25, total: 3 });
    expect(list.body.data).toEqual([
      {
        id: ada!.id,
        name: "Ada",
        phone: expect.stringMatching(/^\+1212555\d{4}$/),
        smsStopped: true,
        noCallNoShowCount: 2,
        lateCancellationCount: 1,
        conflicts: 0,
        request: null,
      },
      expect.objectContaining({ id: ben!.id, conflicts: 1, smsStopped: false, request: null }),
      expect.objectContaining({
        id: cy!.id,
        conflicts: 0,
        request: { id: cyRequest, state: "queued", reserved: true },
      }),
    ]);

    const byConflicts = await callApi(fillListRoute.GET, {
      ...as(setup),
      params: { id: requirementId },
      query: { sort: "conflicts" },
    });
    expect(byConflicts.body.data.map((w: { name: string }) => w.name)).toEqual([
      "Ada",
      "Cy",
      "Ben",
    ]);
    const byReliability = await callApi(fillListRoute.GET, {
      ...as(setup),
      params: { id: requirementId },
      query: { sort: "reliability", pageSize: "2", page: "1" },
    });
    expect(byReliability.body.data.map((w: { name: string }) => w.name)).toEqual(["Ben", "Cy"]);
    expect(byReliability.body.meta.total).toBe(3);
    const pastTheEnd = await callApi(fillListRoute.GET, {
      ...as(setup),
      params: { id: requirementId },
      query: { page: "5" },
    });
    expect(pastTheEnd.body.data).toEqual([]);
    expect(pastTheEnd.body.meta.total).toBe(3);
    const adaPhone = list.body.data[0].phone as string;
    const search = await callApi(fillListRoute.GET, {
      ...as(setup),
      params: { id: requirementId },
      query: { q: adaPhone.slice(-7) },
    });
    expect(search.body.data.map((w: { name: string }) => w.name)).toEqual(["Ada"]);
    const byName = await callApi(fillListRoute.GET, {
      ...as(setup),
      params: { id: requirementId },
      query: { q: "be" },
    });
    expect(byName.body.data.map((w: { name: string }) => w.name)).toEqual(["Ben"]);
  });
});

describe("requesting workers", () => {
  it("queues requests with long tokens, reports workers already requested", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 2 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    const first = await callApi(requestsRoute.POST, {
      ...as(setup, "steward"),
      params: { id: requirementId },
      body: { workerIds: [ada!.id] },
    });
    expect(first.status).toBe(201);
    expect(first.body.data.created).toEqual([
      expect.objectContaining({
        requirementId,
        worker: { id: ada!.id, name: "Ada", phone: expect.stringMatching(/^\+1212555/) },
        state: "queued",
        reserved: false,
        answerChannel: null,
        sentAt: null,
      }),
    ]);
    const second = await callApi(requestsRoute.POST, {
      ...as(setup),
      params: { id: requirementId },
      body: { workerIds: [ada!.id, ben!.id], reserved: true },
    });
    expect(second.status).toBe(201);
    expect(second.body.data.created.map((r: { worker: { id: string } }) => r.worker.id)).toEqual([
      ben!.id,
    ]);
    expect(second.body.data.created[0].reserved).toBe(true);
    expect(second.body.data.skipped).toEqual([
      { workerId: ada!.id, requestId: first.body.data.created[0].id, state: "queued" },
    ]);
    const row = await requestRow(first.body.data.created[0].id);
    expect(row.token.length).toBeGreaterThanOrEqual(40);

    const list = await callApi(requestsRoute.GET, {
      ...as(setup),
      params: { id: requirementId },
    });
    expect(list.status).toBe(200);
    expect(list.body.data.counts).toEqual({
      queued: 2,
      sent: 0,
      available: 0,
      declined: 0,
      confirmed: 0,
      canceled: 0,
      noShow: 0,
      unfilled: 2,
    });
    expect(list.body.data.requests.map((r: { worker: { name: string } }) => r.worker.name)).toEqual(
      ["Ada", "Ben"],
    );
  });

  it("refuses the batch per item for unfit workers (422) and changes nothing", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 2 });
    const [ada, ina] = await stagehands(setup, ["Ada", "Ina"]);
    await withSystemScope((tx) =>
      tx.update(workers).set({ active: false }).where(eq(workers.id, ina!.id)),
    );
    const rita = await createWorkerRow(setup.org.id, {
      name: "Rita",
      phones: ["+12125559999"],
      laborTypeIds: [setup.laborTypes.rigger.id],
    });
    const [stranger] = await stagehands(other, ["Stranger"]);
    const before = await snapshotRequests(setup.org.id);
    const refused = await callApi(requestsRoute.POST, {
      ...as(setup),
      params: { id: requirementId },
      body: { workerIds: [ada!.id, ina!.id, rita.id, stranger!.id] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({
      "workerIds.1": ["This worker is inactive."],
      "workerIds.2": ["This worker does not do this labor type."],
      "workerIds.3": ["No such worker in this organization."],
    });
    const invalid = await callApi(requestsRoute.POST, {
      ...as(setup),
      params: { id: requirementId },
      body: { workerIds: [] },
    });
    expect(invalid.status).toBe(422);
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
  });

  it("withdraws only queued requests", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 2 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    const [queued, sent] = await request(setup, requirementId, [ada!.id, ben!.id]);
    await setRequestState(sent!, "sent");
    const before = await snapshotRequests(setup.org.id);
    const refused = await callApi(requestRoute.DELETE, { ...as(setup), params: { id: sent! } });
    expect(refused.status).toBe(409);
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
    const deleted = await callApi(requestRoute.DELETE, { ...as(setup), params: { id: queued! } });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id: queued });
  });
});

describe("answers", () => {
  it("no declines; yes confirms while first-come places last, then leaves available", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 3, firstComePositions: 1 });
    const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
    const [adaRequest, benRequest, cyRequest] = await request(setup, requirementId, [
      ada!.id,
      ben!.id,
      cy!.id,
    ]);
    expect(await answer(setup, adaRequest!, "yes")).toEqual({
      requestId: adaRequest,
      state: "confirmed",
    });
    expect((await answer(setup, benRequest!, "yes")).state).toBe("available");
    expect((await answer(setup, cyRequest!, "no")).state).toBe("declined");
    const benRow = await requestRow(benRequest!);
    expect(benRow).toMatchObject({ answerChannel: "web", confirmedAt: null });
    expect(benRow.answeredAt).toBeInstanceOf(Date);
    expect((await requirementRow(requirementId)).confirmedCount).toBe(1);
  });

  it("a reserved yes confirms at once, beyond the first-come places, while places remain", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 1 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    const [adaRequest, benRequest] = await request(setup, requirementId, [ada!.id, ben!.id], true);
    expect((await answer(setup, adaRequest!, "yes")).state).toBe("confirmed");
    expect((await answer(setup, benRequest!, "yes")).state).toBe("available");
    expect((await requirementRow(requirementId)).confirmedCount).toBe(1);
    await expect(answer(setup, adaRequest!, "no")).rejects.toMatchObject({ status: 409 });
  });

  it("sending marks only queued requests; closed requests refuse answers (409)", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 2 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    const [adaRequest, benRequest] = await request(setup, requirementId, [ada!.id, ben!.id]);
    await setRequestState(benRequest!, "canceled");
    const sentAt = new Date("2026-11-28T10:00:00Z");
    const marked = await withTenant({ orgId: setup.org.id }, (tx) =>
      markRequestsSent(tx, [adaRequest!, benRequest!], sentAt),
    );
    expect(marked).toEqual([adaRequest]);
    expect(await requestRow(adaRequest!)).toMatchObject({ state: "sent", sentAt });
    const before = await snapshotRequests(setup.org.id);
    await expect(answer(setup, benRequest!, "yes")).rejects.toMatchObject({ status: 409 });
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
    expect((await answer(setup, adaRequest!, "yes")).state).toBe("available");
  });

  it("two yeses racing for the last first-come place: exactly one is confirmed", async () => {
    const setup = await staffingOrg();
    for (let round = 0; round < 3; round += 1) {
      const { requirementId } = await requirementSetup(setup, {
        needed: 2,
        firstComePositions: 2,
      });
      const [first, ada, ben] = await stagehands(setup, [
        `First ${round}`,
        `Ada ${round}`,
        `Ben ${round}`,
      ]);
      const [firstRequest, adaRequest, benRequest] = await request(setup, requirementId, [
        first!.id,
        ada!.id,
        ben!.id,
      ]);
      await answer(setup, firstRequest!, "yes");
      // Both transactions are open before either answers, so the UPDATEs really overlap.
      let arrived = 0;
      let release!: () => void;
      const bothOpen = new Promise<void>((resolve) => (release = resolve));
      const racer = (requestId: string) =>
        withTenant({ orgId: setup.org.id }, async (tx) => {
          arrived += 1;
          if (arrived === 2) release();
          await bothOpen;
          return answerRequest(tx, requestId, "yes", "sms_link");
        });
      const outcomes = await Promise.all([racer(adaRequest!), racer(benRequest!)]);
      expect(outcomes.map((o) => o.state).sort()).toEqual(["available", "confirmed"]);
      expect((await requirementRow(requirementId)).confirmedCount).toBe(2);
    }
  });
});

describe("manager actions", () => {
  it("confirm, decline, cancel, no-show and showed-up keep the confirmed count", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 2 });
    const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
    const [adaRequest, benRequest, cyRequest] = await request(setup, requirementId, [
      ada!.id,
      ben!.id,
      cy!.id,
    ]);
    const confirmed = await callApi(confirmRoute.POST, {
      ...as(setup, "steward"),
      params: { id: adaRequest! },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toMatchObject({ state: "confirmed", answerChannel: "manager" });
    expect(confirmed.body.data.confirmedAt).toEqual(expect.any(String));
    const declined = await callApi(declineRoute.POST, {
      ...as(setup),
      params: { id: cyRequest! },
    });
    expect(declined.body.data.state).toBe("declined");

    const noShow = await callApi(noShowRoute.POST, { ...as(setup), params: { id: adaRequest! } });
    expect(noShow.body.data.state).toBe("no_call_no_show");
    expect((await requirementRow(requirementId)).confirmedCount).toBe(0);
    const [adaAfter] = await withSystemScope((tx) =>
      tx.select().from(workers).where(eq(workers.id, ada!.id)),
    );
    expect(adaAfter!.noCallNoShowCount).toBe(1);
    const back = await callApi(showedUpRoute.POST, { ...as(setup), params: { id: adaRequest! } });
    expect(back.body.data).toMatchObject({ state: "confirmed", noShowAt: null });
    expect((await requirementRow(requirementId)).confirmedCount).toBe(1);

    // Canceling an early confirmation frees the place without counting against the worker.
    await callApi(confirmRoute.POST, { ...as(setup), params: { id: benRequest! } });
    expect((await requirementRow(requirementId)).confirmedCount).toBe(2);
    const canceled = await callApi(cancelRoute.POST, { ...as(setup), params: { id: benRequest! } });
    expect(canceled.body.data).toMatchObject({ state: "canceled", answerChannel: "manager" });
    expect((await requirementRow(requirementId)).confirmedCount).toBe(1);
    const [benAfter] = await withSystemScope((tx) =>
      tx.select().from(workers).where(eq(workers.id, ben!.id)),
    );
    expect(benAfter!.lateCancellationCount).toBe(0);

    const list = await callApi(requestsRoute.GET, { ...as(setup), params: { id: requirementId } });
    expect(list.body.data.counts).toEqual({
      queued: 0,
      sent: 0,
      available: 0,
      declined: 1,
      confirmed: 1,
      canceled: 1,
      noShow: 0,
      unfilled: 1,
    });
  });

  it("counts a late cancellation within 24 hours of the call", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 1 });
    const [ada] = await stagehands(setup, ["Ada"]);
    const [adaRequest] = await request(setup, requirementId, [ada!.id]);
    const context = { orgId: setup.org.id, userId: setup.team.manager.user.id, role: "manager" };
    await actOnRequest(context as never, adaRequest!, "confirm");
    // The call is at 2026-12-04 12:00 UTC; 23 hours before is late.
    await actOnRequest(context as never, adaRequest!, "cancel", new Date("2026-12-03T13:00:00Z"));
    const [adaAfter] = await withSystemScope((tx) =>
      tx.select().from(workers).where(eq(workers.id, ada!.id)),
    );
    expect(adaAfter!.lateCancellationCount).toBe(1);
    expect((await requirementRow(requirementId)).confirmedCount).toBe(0);
  });

  it("refuses invalid transitions and a full requirement (409) and changes nothing", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 1 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    const [adaRequest, benRequest] = await request(setup, requirementId, [ada!.id, ben!.id]);
    await callApi(confirmRoute.POST, { ...as(setup), params: { id: adaRequest! } });
    const before = await snapshotRequests(setup.org.id);
    const full = await callApi(confirmRoute.POST, { ...as(setup), params: { id: benRequest! } });
    expect(full.status).toBe(409);
    expect(full.body.message).toMatch(/already filled/);
    const twice = await callApi(confirmRoute.POST, { ...as(setup), params: { id: adaRequest! } });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toContain("confirmed");
    const showedUp = await callApi(showedUpRoute.POST, {
      ...as(setup),
      params: { id: benRequest! },
    });
    expect(showedUp.status).toBe(409);
    const noShow = await callApi(noShowRoute.POST, { ...as(setup), params: { id: benRequest! } });
    expect(noShow.status).toBe(409);
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
  });

  it("bulk confirm is all or nothing", async () => {
    const setup = await staffingOrg();
    const { requirementId } = await requirementSetup(setup, { needed: 2 });
    const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
    const ids = await request(setup, requirementId, [ada!.id, ben!.id, cy!.id]);
    const before = await snapshotRequests(setup.org.id);
    const tooMany = await callApi(bulkConfirmRoute.POST, {
      ...as(setup),
      params: { id: requirementId },
      body: { requestIds: ids },
    });
    expect(tooMany.status).toBe(409);
    const foreign = await callApi(bulkConfirmRoute.POST, {
      ...as(setup),
      params: { id: requirementId },
      body: { requestIds: [ids[0], "00000000-0000-4000-8000-000000000000"] },
    });
    expect(foreign.status).toBe(422);
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
    const done = await callApi(bulkConfirmRoute.POST, {
      ...as(setup),
      params: { id: requirementId },
      body: { requestIds: ids.slice(0, 2) },
    });
    expect(done.status).toBe(200);
    expect(done.body.data.map((r: { state: string }) => r.state)).toEqual([
      "confirmed",
      "confirmed",
    ]);
    expect((await requirementRow(requirementId)).confirmedCount).toBe(2);
  });
});

describe("access", () => {
  it("stewards reach only their events; workers and members are refused; other orgs see 404", async () => {
    const setup = await staffingOrg();
    const other = await staffingOrg();
    const mine = await requirementSetup(setup, { needed: 2 });
    const notAssigned = await requirementSetup(setup, { needed: 2, assignSteward: false });
    const [ada] = await stagehands(setup, ["Ada"]);
    const [requestId] = await request(setup, mine.requirementId, [ada!.id]);
    const [hiddenRequestId] = await request(setup, notAssigned.requirementId, [ada!.id]);
    const before = await snapshotRequests(setup.org.id);

    const requirementCalls: { handler: (typeof requestsRoute)["GET"]; body?: object }[] = [
      { handler: fillListRoute.GET },
      { handler: requestsRoute.GET },
      { handler: requestsRoute.POST, body: { workerIds: [ada!.id] } },
      { handler: bulkConfirmRoute.POST, body: { requestIds: [requestId] } },
    ];
    const requestCalls: { handler: (typeof requestsRoute)["GET"]; body?: object }[] = [
      { handler: requestRoute.DELETE },
      { handler: confirmRoute.POST },
      { handler: declineRoute.POST },
      { handler: cancelRoute.POST },
      { handler: noShowRoute.POST },
      { handler: showedUpRoute.POST },
    ];
    const cases = [
      ...requirementCalls.map((c) => ({
        ...c,
        own: mine.requirementId,
        hidden: notAssigned.requirementId,
      })),
      ...requestCalls.map((c) => ({ ...c, own: requestId!, hidden: hiddenRequestId! })),
    ];
    for (const { handler, body, own, hidden } of cases) {
      expect((await callApi(handler, { params: { id: own }, body })).status).toBe(401);
      for (const role of ["worker", "member"] as const) {
        expect(
          (await callApi(handler, { ...as(setup, role), params: { id: own }, body })).status,
        ).toBe(403);
      }
      expect(
        (await callApi(handler, { ...as(setup, "steward"), params: { id: hidden }, body })).status,
      ).toBe(404);
      expect((await callApi(handler, { ...as(other), params: { id: own }, body })).status).toBe(
        404,
      );
    }
    expect(await snapshotRequests(setup.org.id)).toEqual(before);
    const [row] = await withSystemScope((tx) =>
      tx.select().from(laborRequests).where(eq(laborRequests.id, requestId!)),
    );
    expect(row!.state).toBe("queued");
  });
});
