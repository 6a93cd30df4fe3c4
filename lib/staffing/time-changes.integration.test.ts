import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as callTimeRoute from "@/app/api/v1/staffing/call-times/[id]/route";
import * as answersRoute from "@/app/api/v1/staffing/call-times/[id]/time-change-answers/route";
import * as confirmRoute from "@/app/api/v1/staffing/requests/[id]/confirm/route";
import * as cancelRoute from "@/app/api/v1/staffing/requests/[id]/cancel/route";
import * as workTimeChangeRoute from "@/app/api/v1/work/time-changes/[id]/route";
import { rateLimits } from "@/db/schema";
import {
  laborRequestReminders,
  timeChangeAnswers,
  workerPhones,
  workers,
} from "@/db/schema/staffing";
import { appUrl } from "@/lib/config/env";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import {
  announcedBy,
  as,
  notificationRows,
  requestWorkers,
  stagehands,
  textsOf,
  type Setup,
} from "./notices.testing";
import { requestRow, requirementSetup } from "./requests.testing";
import { answerTimeChange, answerTimeChangeFromLink } from "./time-changes.service";
import { userWithPhone } from "./worker.testing";
import { findTimeChangeForLink } from "./time-changes.queries";

/** A call time (2026-12-04 07:00 New York) with Ada and Ben confirmed and Cy only queued. */
async function confirmedCrew(setup: Setup, assignSteward = true) {
  const where = await requirementSetup(setup, { needed: 3, assignSteward });
  const [ada, ben, cy] = await stagehands(setup, ["Ada", "Ben", "Cy"]);
  const ids = await requestWorkers(setup, where.requirementId, [ada!.id, ben!.id, cy!.id]);
  for (const id of ids.slice(0, 2)) {
    expect((await callApi(confirmRoute.POST, { ...as(setup), params: { id: id! } })).status).toBe(
      200,
    );
  }
  const [adaRequest, benRequest, cyRequest] = ids;
  return {
    ...where,
    ids: [adaRequest!, benRequest!, cyRequest!] as const,
    workers: [ada!, ben!, cy!] as const,
  };
}

function moveTo(
  setup: Setup,
  callTimeId: string,
  time: string,
  role: "manager" | "steward" = "manager",
) {
  return callApi(callTimeRoute.PATCH, {
    ...as(setup, role),
    params: { id: callTimeId },
    body: { date: "2026-12-04", time },
  });
}

async function answersOf(requestId: string) {
  return withSystemScope((tx) =>
    tx.select().from(timeChangeAnswers).where(eq(timeChangeAnswers.requestId, requestId)),
  );
}

describe("time changes", () => {
  it("ask each confirmed worker by text, with the link to answer, when the start moves", async () => {
    const setup = await staffingOrg("Stagecrew");
    const { callTimeId, ids } = await confirmedCrew(setup);
    const moved = await moveTo(setup, callTimeId, "09:30", "steward");
    expect(moved.status).toBe(200);

    const texts = await textsOf(setup.org.id, "staffing-time-change");
    expect(texts.map((text) => text.relatedId).sort()).toEqual([ids[0], ids[1]].sort());
    const { shortCode } = await requestRow(ids[0]);
    expect(texts.find((text) => text.relatedId === ids[0])!.body).toBe(
      "Stagecrew: Harbor Festival - Load-in moved from 7:00 AM to 9:30 AM on Fri, Dec 4. " +
        `Can you make it? Answer: ${appUrl()}/r/${shortCode}/time-change`,
    );
    expect(await answersOf(ids[0])).toEqual([
      expect.objectContaining({ answer: null, message: null, answeredAt: null }),
    ]);
    expect(await answersOf(ids[2])).toEqual([]);

    // Renaming, or "moving" to the same start, asks nobody.
    await callApi(callTimeRoute.PATCH, {
      ...as(setup),
      params: { id: callTimeId },
      body: { name: "Load-in crew", date: "2026-12-04", time: "09:30" },
    });
    expect(await textsOf(setup.org.id, "staffing-time-change")).toHaveLength(2);

    // Another day: the text names both dates.
    await callApi(callTimeRoute.PATCH, {
      ...as(setup),
      params: { id: callTimeId },
      body: { date: "2026-12-05", time: "08:00" },
    });
    const last = (await textsOf(setup.org.id, "staffing-time-change")).at(-1)!;
    expect(last.body).toContain("moved from Fri, Dec 4 9:30 AM to Sat, Dec 5 at 8:00 AM.");
  });

  it("forget the reminders already sent, so they follow the new time", async () => {
    const setup = await staffingOrg();
    const { callTimeId, ids } = await confirmedCrew(setup);
    await withSystemScope((tx) =>
      tx
        .insert(laborRequestReminders)
        .values({ orgId: setup.org.id, requestId: ids[0], hoursBefore: 24 }),
    );
    await moveTo(setup, callTimeId, "10:00");
    const reminders = await withSystemScope((tx) =>
      tx.select().from(laborRequestReminders).where(eq(laborRequestReminders.requestId, ids[0])),
    );
    expect(reminders).toEqual([]);
  });

  it("take the worker's answer from the link page; can't make it notifies the manager once", async () => {
    const setup = await staffingOrg();
    const { callTimeId, ids } = await confirmedCrew(setup);
    await moveTo(setup, callTimeId, "09:00");
    const { shortCode, token } = await requestRow(ids[0]);

    const page = await findTimeChangeForLink(shortCode);
    expect(page).toMatchObject({
      orgId: setup.org.id,
      locale: "en",
      eventName: "Harbor Festival",
      callTimeName: "Load-in",
      timeZone: "America/New_York",
      previousStartsAt: new Date("2026-12-04T12:00:00Z"),
      newStartsAt: new Date("2026-12-04T14:00:00Z"),
      answer: null,
      requestState: "confirmed",
      started: false,
    });
    expect(
      (await findTimeChangeForLink(shortCode, { now: new Date("2026-12-04T14:00:00Z") }))?.started,
    ).toBe(true);
    // Typed by hand: any case, O for 0, I or L for 1.
    expect((await findTimeChangeForLink(shortCode.toLowerCase()))?.answerId).toBe(page!.answerId);
    expect((await findTimeChangeForLink(token))?.answerId).toBe(page!.answerId);
    expect(await findTimeChangeForLink("NOPE000000")).toBeNull();
    expect(await findTimeChangeForLink("bad code!")).toBeNull();

    const answer = (value: "confirmed" | "cant_make_it", message?: string) =>
      withTenant({ orgId: setup.org.id }, (tx) =>
        answerTimeChange(tx, page!.answerId, value, message),
      );
    const jobs = await announcedBy(setup.org.id, () => answer("cant_make_it", "  From 10 only "));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toContainEqual({ kind: "notification" });
    await answer("cant_make_it", "From 10 only");
    const notifications = await notificationRows(setup.org.id);
    expect(notifications.map((row) => [row.kind, row.requestId, row.message])).toEqual([
      [
        "time_change",
        ids[0],
        'Ada can\'t make the new time of Harbor Festival - Load-in (Stagehand). "From 10 only"',
      ],
    ]);
    // Not canceled: the manager decides.
    expect(await requestRow(ids[0])).toMatchObject({ state: "confirmed" });

    // The worker may change their mind.
    const changed = await answer("confirmed");
    expect(changed).toMatchObject({ answer: "confirmed", message: null });
    expect(await notificationRows(setup.org.id)).toHaveLength(1);
  });

  it("list the answers grouped for the manager and the event's steward only", async () => {
    const setup = await staffingOrg();
    const { callTimeId, ids } = await confirmedCrew(setup);
    const empty = await callApi(answersRoute.GET, { ...as(setup), params: { id: callTimeId } });
    expect(empty.status).toBe(200);
    expect(empty.body.data).toEqual({ change: null, confirmed: [], cantMakeIt: [], noAnswer: [] });

    await moveTo(setup, callTimeId, "08:00");
    const [adaAnswer] = await answersOf(ids[0]);
    await withTenant({ orgId: setup.org.id }, (tx) =>
      answerTimeChange(tx, adaAnswer!.id, "cant_make_it", "Bus starts at 8"),
    );
    const list = await callApi(answersRoute.GET, {
      ...as(setup, "steward"),
      params: { id: callTimeId },
    });
    expect(list.status).toBe(200);
    expect(list.body.data.change).toMatchObject({
      previousStartsAt: "2026-12-04T12:00:00.000Z",
      newStartsAt: "2026-12-04T13:00:00.000Z",
    });
    expect(list.body.data.confirmed).toEqual([]);
    expect(list.body.data.cantMakeIt).toEqual([
      {
        answerId: adaAnswer!.id,
        requestId: ids[0],
        requestState: "confirmed",
        worker: { id: expect.any(String), name: "Ada", phone: expect.stringMatching(/^\+1/) },
        laborType: "Stagehand",
        message: "Bus starts at 8",
        answeredAt: expect.any(String),
      },
    ]);
    expect(list.body.data.noAnswer.map((a: { worker: { name: string } }) => a.worker.name)).toEqual(
      ["Ben"],
    );

    // A later change: only its answers count, and the older one can no longer be answered.
    await moveTo(setup, callTimeId, "08:30");
    const latest = await callApi(answersRoute.GET, { ...as(setup), params: { id: callTimeId } });
    expect(latest.body.data.cantMakeIt).toEqual([]);
    expect(latest.body.data.noAnswer).toHaveLength(2);
    await expect(
      withTenant({ orgId: setup.org.id }, (tx) =>
        answerTimeChange(tx, adaAnswer!.id, "confirmed", null),
      ),
    ).rejects.toMatchObject({ status: 409, messageKey: "staffing.timeChanges.superseded" });

    // A worker canceled since can no longer answer.
    await callApi(cancelRoute.POST, { ...as(setup), params: { id: ids[1] } });
    const benAnswers = await answersOf(ids[1]);
    const benLatest = benAnswers.find((row) => row.changeId === latest.body.data.change.id)!;
    await expect(
      withTenant({ orgId: setup.org.id }, (tx) =>
        answerTimeChange(tx, benLatest.id, "confirmed", null),
      ),
    ).rejects.toMatchObject({
      status: 409,
      messageKey: "staffing.timeChanges.requestNotConfirmed",
    });

    // Steward of another event, another org, no token.
    const unassigned = await confirmedCrew(setup, false);
    expect(
      (
        await callApi(answersRoute.GET, {
          ...as(setup, "steward"),
          params: { id: unassigned.callTimeId },
        })
      ).status,
    ).toBe(404);
    const other = await staffingOrg();
    expect(
      (await callApi(answersRoute.GET, { ...as(other), params: { id: callTimeId } })).status,
    ).toBe(404);
    expect(
      (await callApi(answersRoute.GET, { ...as(setup, "worker"), params: { id: callTimeId } }))
        .status,
    ).toBe(403);
    expect(
      (await callApi(answersRoute.GET, { orgId: setup.org.id, params: { id: callTimeId } })).status,
    ).toBe(401);
  });

  it("are answered by a signed-in worker through /api/v1/work, their own only", async () => {
    const setup = await staffingOrg();
    const { callTimeId, ids, workers: crew } = await confirmedCrew(setup);
    await moveTo(setup, callTimeId, "11:00");
    const [adaAnswer] = await answersOf(ids[0]);
    const [benAnswer] = await answersOf(ids[1]);
    const adaUser = await signedInUser({ name: "Ada" });
    await withSystemScope((tx) =>
      tx.update(workers).set({ userId: adaUser.user.id }).where(eq(workers.id, crew[0].id)),
    );

    const answered = await callApi(workTimeChangeRoute.POST, {
      token: adaUser.token,
      params: { id: adaAnswer!.id },
      body: { answer: "cant_make_it", message: "Only after 12" },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.data).toMatchObject({
      id: adaAnswer!.id,
      requestId: ids[0],
      previousStartsAt: "2026-12-04T12:00:00.000Z",
      newStartsAt: "2026-12-04T16:00:00.000Z",
      answer: "cant_make_it",
      message: "Only after 12",
    });
    expect((await notificationRows(setup.org.id)).map((row) => row.kind)).toEqual(["time_change"]);

    // Ben's answer is not Ada's to give; unknown ids alike; the org's manager is no worker.
    expect(
      (
        await callApi(workTimeChangeRoute.POST, {
          token: adaUser.token,
          params: { id: benAnswer!.id },
          body: { answer: "confirmed" },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callApi(workTimeChangeRoute.POST, {
          token: setup.team.manager.token,
          params: { id: adaAnswer!.id },
          body: { answer: "confirmed" },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callApi(workTimeChangeRoute.POST, {
          token: adaUser.token,
          params: { id: "00000000-0000-4000-8000-000000000000" },
          body: { answer: "confirmed" },
        })
      ).status,
    ).toBe(404);
    const bad = await callApi(workTimeChangeRoute.POST, {
      token: adaUser.token,
      params: { id: adaAnswer!.id },
      body: { answer: "maybe" },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors)).toEqual(["answer"]);
    expect(
      (
        await callApi(workTimeChangeRoute.POST, {
          params: { id: adaAnswer!.id },
          body: { answer: "confirmed" },
        })
      ).status,
    ).toBe(401);
    expect((await answersOf(ids[0]))[0]).toMatchObject({ answer: "cant_make_it" });
    expect((await answersOf(ids[1]))[0]).toMatchObject({ answer: null });
  });

  it("link a signed-in worker by their verified phone before taking the answer", async () => {
    const setup = await staffingOrg();
    const { callTimeId, ids, workers: crew } = await confirmedCrew(setup);
    await moveTo(setup, callTimeId, "11:00");
    const [benAnswer] = await answersOf(ids[1]);
    // Ben never opened /work: his worker row has no user until this first call.
    const [benPhone] = await withSystemScope((tx) =>
      tx.select().from(workerPhones).where(eq(workerPhones.workerId, crew[1].id)),
    );
    const ben = await userWithPhone(benPhone!.phone);

    const answered = await callApi(workTimeChangeRoute.POST, {
      token: ben.token,
      params: { id: benAnswer!.id },
      body: { answer: "confirmed" },
    });
    expect(answered.status).toBe(200);
    expect((await answersOf(ids[1]))[0]).toMatchObject({ answer: "confirmed" });
  });

  it("refuse an answer once the call time has started", async () => {
    const setup = await staffingOrg();
    const { callTimeId, ids } = await confirmedCrew(setup);
    await moveTo(setup, callTimeId, "09:00");
    const [answer] = await answersOf(ids[0]);
    await expect(
      withTenant({ orgId: setup.org.id }, (tx) =>
        answerTimeChange(tx, answer!.id, "confirmed", null, new Date("2026-12-04T14:00:00Z")),
      ),
    ).rejects.toMatchObject({ status: 409, messageKey: "staffing.timeChanges.callTimeStarted" });
  });

  it("are answered from the link page by code, limited per IP like the request link", async () => {
    const setup = await staffingOrg();
    const { callTimeId, ids } = await confirmedCrew(setup);
    await moveTo(setup, callTimeId, "09:00");
    const { shortCode } = await requestRow(ids[0]);
    const [first] = await answersOf(ids[0]);

    const answered = await answerTimeChangeFromLink(
      shortCode,
      first!.id,
      { answer: "cant_make_it", message: "Dentist at 9" },
      { ip: "203.0.113.7" },
    );
    expect(answered).toMatchObject({ answer: "cant_make_it", message: "Dentist at 9" });
    // Another worker's answer id with this code, or an unknown code: refused, nothing changed.
    const [benAnswer] = await answersOf(ids[1]);
    await expect(
      answerTimeChangeFromLink(shortCode, benAnswer!.id, { answer: "confirmed" }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      answerTimeChangeFromLink("ZZZZZZZZZZ", first!.id, { answer: "confirmed" }),
    ).rejects.toMatchObject({ status: 404 });
    // A form from before the next change is stale.
    await moveTo(setup, callTimeId, "09:30");
    await expect(
      answerTimeChangeFromLink(shortCode, first!.id, { answer: "confirmed" }),
    ).rejects.toMatchObject({ status: 409, messageKey: "staffing.timeChanges.superseded" });
    expect((await answersOf(ids[1]))[0]).toMatchObject({ answer: null });

    // The IP used up its lookups: 429, whatever the code.
    await withSystemScope((tx) =>
      tx
        .insert(rateLimits)
        .values({ key: "request-link:ip:198.51.100.9", windowStart: new Date(), count: 120 })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: { count: 120, windowStart: new Date() },
        }),
    );
    await expect(findTimeChangeForLink(shortCode, { ip: "198.51.100.9" })).rejects.toMatchObject({
      status: 429,
    });
  });
});
