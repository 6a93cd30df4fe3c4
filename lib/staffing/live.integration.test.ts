import { describe, expect, it } from "vitest";
import * as eventsRoute from "@/app/api/v1/staffing/events/route";
import * as eventRoute from "@/app/api/v1/staffing/events/[id]/route";
import * as stewardsRoute from "@/app/api/v1/staffing/events/[id]/stewards/route";
import * as eventCallTimesRoute from "@/app/api/v1/staffing/events/[id]/call-times/route";
import * as callTimeRoute from "@/app/api/v1/staffing/call-times/[id]/route";
import * as copyRoute from "@/app/api/v1/staffing/call-times/[id]/copy/route";
import * as requirementsRoute from "@/app/api/v1/staffing/call-times/[id]/requirements/route";
import * as requirementRoute from "@/app/api/v1/staffing/requirements/[id]/route";
import * as requestsRoute from "@/app/api/v1/staffing/requirements/[id]/requests/route";
import * as bulkConfirmRoute from "@/app/api/v1/staffing/requirements/[id]/confirm/route";
import * as requestRoute from "@/app/api/v1/staffing/requests/[id]/route";
import * as confirmRoute from "@/app/api/v1/staffing/requests/[id]/confirm/route";
import * as declineRoute from "@/app/api/v1/staffing/requests/[id]/decline/route";
import * as cancelRoute from "@/app/api/v1/staffing/requests/[id]/cancel/route";
import * as noShowRoute from "@/app/api/v1/staffing/requests/[id]/no-show/route";
import * as showedUpRoute from "@/app/api/v1/staffing/requests/[id]/showed-up/route";
import * as signInRoute from "@/app/api/v1/staffing/requests/[id]/sign-in/route";
import * as signOutRoute from "@/app/api/v1/staffing/requests/[id]/sign-out/route";
import * as timeEntryRoute from "@/app/api/v1/staffing/time-entries/[id]/route";
import * as breaksRoute from "@/app/api/v1/staffing/time-entries/[id]/breaks/route";
import * as mealBreakRoute from "@/app/api/v1/staffing/meal-breaks/[id]/route";
import { callApi } from "@/lib/testing/api";
import { withTenant } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import {
  announcedBy,
  as,
  liveJobs,
  markSent,
  requestWorkers,
  stagehands,
  workerAnswers,
} from "./notices.testing";
import { requirementSetup } from "./requests.testing";
import { answerRequest, markRequestsSent } from "./requests.service";

/**
 * Workflow 5: every change of staffing data announces itself on the org channel through one
 * `staffing-live` job enqueued in its own transaction, carrying ids only.
 */

async function expectOk(response: Promise<{ status: number; body: { data: unknown } }>) {
  const result = await response;
  expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
  return result.body.data as { id: string } & Record<string, unknown>;
}

describe("live announcements", () => {
  it("announce events, call times and requirements once per change, with ids only", async () => {
    const setup = await staffingOrg();
    const manager = as(setup);
    const orgId = setup.org.id;
    let eventId = "";
    const created = await announcedBy(orgId, async () => {
      eventId = (
        await expectOk(
          callApi(eventsRoute.POST, {
            ...manager,
            body: { name: "Gala", startDate: "2026-12-10", endDate: "2026-12-10" },
          }),
        )
      ).id;
    });
    expect(created).toEqual([[{ kind: "event", eventId }]]);

    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(eventRoute.PATCH, {
            ...manager,
            params: { id: eventId },
            body: { name: "Gala 2" },
          }),
        ),
      ),
    ).toEqual([[{ kind: "event", eventId }]]);
    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(stewardsRoute.PUT, {
            ...manager,
            params: { id: eventId },
            body: { userIds: [setup.team.steward.user.id] },
          }),
        ),
      ),
    ).toEqual([[{ kind: "event", eventId }]]);

    let callTimeId = "";
    expect(
      await announcedBy(orgId, async () => {
        callTimeId = (
          await expectOk(
            callApi(eventCallTimesRoute.POST, {
              ...manager,
              params: { id: eventId },
              body: { name: "Doors", date: "2026-12-10", time: "18:00" },
            }),
          )
        ).id;
      }),
    ).toEqual([[{ kind: "call-time", eventId, callTimeId }]]);
    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(callTimeRoute.PATCH, {
            ...manager,
            params: { id: callTimeId },
            body: { date: "2026-12-10", time: "19:00" },
          }),
        ),
      ),
    ).toEqual([[{ kind: "call-time", eventId, callTimeId }]]);

    let requirementId = "";
    expect(
      await announcedBy(orgId, async () => {
        requirementId = (
          await expectOk(
            callApi(requirementsRoute.POST, {
              ...manager,
              params: { id: callTimeId },
              body: { laborTypeId: setup.laborTypes.stagehand.id, needed: 2 },
            }),
          )
        ).id;
      }),
    ).toEqual([[{ kind: "requirement", eventId, callTimeId, requirementId }]]);
    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(requirementRoute.PATCH, {
            ...manager,
            params: { id: requirementId },
            body: { needed: 3 },
          }),
        ),
      ),
    ).toEqual([[{ kind: "requirement", eventId, callTimeId, requirementId }]]);

    let copyId = "";
    const copied = await announcedBy(orgId, async () => {
      copyId = (
        await expectOk(
          callApi(copyRoute.POST, {
            ...manager,
            params: { id: callTimeId },
            body: { date: "2026-12-11", time: "19:00" },
          }),
        )
      ).id;
    });
    expect(copied).toEqual([[{ kind: "call-time", eventId, callTimeId: copyId }]]);

    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(requirementRoute.DELETE, { ...manager, params: { id: requirementId } })),
      ),
    ).toEqual([[{ kind: "requirement", eventId, callTimeId, requirementId }]]);
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(callTimeRoute.DELETE, { ...manager, params: { id: copyId } })),
      ),
    ).toEqual([[{ kind: "call-time", eventId, callTimeId: copyId }]]);
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(eventRoute.DELETE, { ...manager, params: { id: eventId } })),
      ),
    ).toEqual([[{ kind: "event", eventId }]]);
  });

  it("announce every request transition, by a worker, a manager or the sending job", async () => {
    const setup = await staffingOrg();
    const orgId = setup.org.id;
    const manager = as(setup);
    const { eventId, callTimeId, requirementId } = await requirementSetup(setup, {
      needed: 3,
      firstComePositions: 1,
    });
    const [ada, ben, cy, dee] = await stagehands(setup, ["Ada", "Ben", "Cy", "Dee"]);
    const where = { eventId, callTimeId, requirementId };

    let ids: string[] = [];
    expect(
      await announcedBy(orgId, async () => {
        ids = await requestWorkers(setup, requirementId, [ada!.id, ben!.id, cy!.id, dee!.id]);
      }),
    ).toEqual([[{ kind: "request", ...where }]]);
    // Asking again for the same workers creates nothing and announces nothing.
    expect(
      await announcedBy(orgId, () =>
        callApi(requestsRoute.POST, {
          ...manager,
          params: { id: requirementId },
          body: { workerIds: [ada!.id] },
        }),
      ),
    ).toEqual([]);
    const [adaRequest, benRequest, cyRequest, deeRequest] = ids;

    expect(
      await announcedBy(orgId, () =>
        withTenant({ orgId }, (tx) => markRequestsSent(tx, [adaRequest!, benRequest!])),
      ),
    ).toEqual([[{ kind: "request", ...where }]]);

    // A worker's answer: the request and the manager's new notification, in one job.
    expect(await announcedBy(orgId, () => workerAnswers(setup, adaRequest!, "yes"))).toEqual([
      [{ kind: "request", ...where, requestId: adaRequest }, { kind: "notification" }],
    ]);

    const one = (id: string) => [[{ kind: "request", ...where, requestId: id }]];
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(declineRoute.POST, { ...manager, params: { id: benRequest! } })),
      ),
    ).toEqual(one(benRequest!));
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(confirmRoute.POST, { ...manager, params: { id: cyRequest! } })),
      ),
    ).toEqual(one(cyRequest!));
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(noShowRoute.POST, { ...manager, params: { id: cyRequest! } })),
      ),
    ).toEqual(one(cyRequest!));
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(showedUpRoute.POST, { ...manager, params: { id: cyRequest! } })),
      ),
    ).toEqual(one(cyRequest!));
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(cancelRoute.POST, { ...manager, params: { id: cyRequest! } })),
      ),
    ).toEqual(one(cyRequest!));
    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(bulkConfirmRoute.POST, {
            ...manager,
            params: { id: requirementId },
            body: { requestIds: [deeRequest] },
          }),
        ),
      ),
    ).toEqual([[{ kind: "request", ...where }]]);

    const [eve] = await stagehands(setup, ["Eve"]);
    const [eveRequest] = await requestWorkers(setup, requirementId, [eve!.id]);
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(requestRoute.DELETE, { ...manager, params: { id: eveRequest! } })),
      ),
    ).toEqual(one(eveRequest!));
  });

  it("announce time sheet changes with the worker's request", async () => {
    const setup = await staffingOrg();
    const orgId = setup.org.id;
    const steward = as(setup, "steward");
    const { eventId, callTimeId, requirementId } = await requirementSetup(setup, { needed: 1 });
    const [ada] = await stagehands(setup, ["Ada"]);
    const [requestId] = await requestWorkers(setup, requirementId, [ada!.id]);
    await callApi(confirmRoute.POST, { ...as(setup), params: { id: requestId! } });
    const entryChange = [[{ kind: "time-entry", eventId, callTimeId, requestId }]];

    let entryId = "";
    expect(
      await announcedBy(orgId, async () => {
        entryId = (
          await expectOk(callApi(signInRoute.POST, { ...steward, params: { id: requestId! } }))
        ).id;
      }),
    ).toEqual(entryChange);
    let breakId = "";
    expect(
      await announcedBy(orgId, async () => {
        breakId = (
          await expectOk(
            callApi(breaksRoute.POST, {
              ...steward,
              params: { id: entryId },
              body: { startsAt: "2026-12-04T16:00:00Z", durationMinutes: 30, paid: false },
            }),
          )
        ).id;
      }),
    ).toEqual(entryChange);
    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(mealBreakRoute.PATCH, {
            ...steward,
            params: { id: breakId },
            body: { durationMinutes: 45 },
          }),
        ),
      ),
    ).toEqual(entryChange);
    expect(
      await announcedBy(orgId, () =>
        expectOk(callApi(mealBreakRoute.DELETE, { ...steward, params: { id: breakId } })),
      ),
    ).toEqual(entryChange);
    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(signOutRoute.POST, {
            ...steward,
            params: { id: requestId! },
            body: { at: "2026-12-04T20:00:00Z" },
          }),
        ),
      ),
    ).toEqual(entryChange);
    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(timeEntryRoute.PATCH, {
            ...steward,
            params: { id: entryId },
            body: { signedOutAt: "2026-12-04T21:00:00Z" },
          }),
        ),
      ),
    ).toEqual(entryChange);
    // An edit that changes nothing announces nothing.
    expect(
      await announcedBy(orgId, () =>
        expectOk(
          callApi(timeEntryRoute.PATCH, {
            ...steward,
            params: { id: entryId },
            body: { signedOutAt: "2026-12-04T21:00:00Z" },
          }),
        ),
      ),
    ).toEqual([]);
  });

  it("enqueue nothing for a change that rolled back or was refused", async () => {
    const setup = await staffingOrg();
    const orgId = setup.org.id;
    const { requirementId } = await requirementSetup(setup, { needed: 1 });
    const [ada, ben] = await stagehands(setup, ["Ada", "Ben"]);
    const [adaRequest, benRequest] = await requestWorkers(setup, requirementId, [ada!.id, ben!.id]);
    await markSent([adaRequest!, benRequest!]);
    const before = await liveJobs(orgId);

    const rollback = new Error("rollback");
    await expect(
      withTenant({ orgId }, async (tx) => {
        await answerRequest(tx, adaRequest!, "yes", "sms_link");
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await liveJobs(orgId)).toEqual(before);

    // Ben takes the one place; confirming Ada then is refused (409) and announces nothing.
    await callApi(confirmRoute.POST, { ...as(setup), params: { id: benRequest! } });
    const afterConfirm = await liveJobs(orgId);
    expect(afterConfirm).toHaveLength(before.length + 1);
    const refused = await callApi(confirmRoute.POST, { ...as(setup), params: { id: adaRequest! } });
    expect(refused.status).toBe(409);
    expect(await liveJobs(orgId)).toHaveLength(afterConfirm.length);
  });
});
