import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as sendEventRoute from "@/app/api/v1/staffing/events/[id]/send/route";
import * as sendingRoute from "@/app/api/v1/staffing/events/[id]/sending/route";
import * as sendCallTimeRoute from "@/app/api/v1/staffing/call-times/[id]/send/route";
import * as sendRequirementRoute from "@/app/api/v1/staffing/requirements/[id]/send/route";
import * as eventRoute from "@/app/api/v1/staffing/events/[id]/route";
import { events, laborRequests, staffingSettings } from "@/db/schema/staffing";
import { organizations } from "@/db/schema";
import { appUrl } from "@/lib/config/env";
import { optOut } from "@/lib/messaging/sms/opt-outs";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { requestRow } from "./requests.testing";
import { CONSENT_TEMPLATE, REQUEST_TEMPLATE, runSendJob } from "./sending.queue";
import {
  announcedChanges,
  announcementIds,
  consentOf,
  crewMember,
  queueRequests,
  runSendJobs,
  type SendingSetup,
  sendingSetup,
  textsOf,
  waitingSendJobs,
} from "./sending.testing";

type Role = keyof SendingSetup["team"];
const as = (setup: SendingSetup, role: Role = "manager") => ({
  token: setup.team[role].token,
  orgId: setup.org.id,
});
const sendEvent = (setup: SendingSetup, role: Role = "manager", id = setup.eventId) =>
  callApi(sendEventRoute.POST, { ...as(setup, role), params: { id } });
const linkOf = (shortCode: string) => `${appUrl()}/r/${shortCode}`;
const states = async (ids: string[]) =>
  Promise.all(ids.map(async (id) => (await requestRow(id)).state));

describe("sending queued requests", () => {
  it("answers at once with what is queued, and the job texts once per worker per event", async () => {
    const setup = await sendingSetup();
    const ada = await crewMember(setup, "Ada");
    const ben = await crewMember(setup, "Ben");
    const { loadInStagehands, loadInRiggers, showStagehands } = setup.requirements;
    // Ada: two requirements of one call time. Ben: two call times of the event.
    const [adaStagehand, benStagehand] = await queueRequests(setup, loadInStagehands, [
      ada.id,
      ben.id,
    ]);
    const [adaRigger] = await queueRequests(setup, loadInRiggers, [ada.id]);
    const [benShow] = await queueRequests(setup, showStagehands, [ben.id]);

    const started = performance.now();
    const response = await sendEvent(setup);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({
      status: "success",
      message: "Sending started: 2 workers.",
    });
    expect(response.body.data).toEqual({
      queuedRequests: 4,
      queuedWorkers: 2,
      workersAwaitingConsent: 0,
      workersStopped: 0,
      resumed: false,
    });
    // Nothing is texted inside the request: one job waits.
    expect(await textsOf(setup.org.id)).toEqual([]);
    expect(await waitingSendJobs(setup.org.id)).toHaveLength(1);

    const earlierAnnouncements = await announcementIds(setup.org.id);
    const [result] = await runSendJobs(setup.org.id);
    expect(result).toEqual({ requestTexts: 2, consentTexts: 0, requestsSent: 4, groupsHeld: 0 });
    const texts = await textsOf(setup.org.id, REQUEST_TEMPLATE);
    expect(texts).toHaveLength(2);
    const adaText = texts.find((text) => text.recipient === ada.phone)!;
    const adaCode = (await requestRow(adaStagehand!)).shortCode;
    const adaRiggerCode = (await requestRow(adaRigger!)).shortCode;
    expect([linkOf(adaCode), linkOf(adaRiggerCode)]).toContain(adaText.body!.split("Answer: ")[1]);
    expect(adaText.body).toBe(
      `Stagecrew Events: Are you available for Harbor Festival - Load-in on Fri, Jun 13 at 7:00 AM? Answer: ${adaText.body!.split("Answer: ")[1]}`,
    );
    expect(adaText).toMatchObject({
      template: "staffing-request",
      orgId: setup.org.id,
      locale: "en",
      relatedType: "staffing_event",
      relatedId: setup.eventId,
      metadata: { segments: 1, encoding: "GSM-7" },
    });
    const benText = texts.find((text) => text.recipient === ben.phone)!;
    expect(benText.body).toMatch(
      /^Stagecrew Events: Are you available for Harbor Festival - 2 call times, the first on Fri, Jun 13 at 7:00 AM\? Answer: http:\/\/localhost:3000\/r\/[0-9A-Z]{10}$/,
    );
    expect(await states([adaStagehand!, adaRigger!, benStagehand!, benShow!])).toEqual([
      "sent",
      "sent",
      "sent",
      "sent",
    ]);
    expect((await requestRow(adaStagehand!)).sentAt).toBeInstanceOf(Date);
    // The manager's screens are told, per requirement (markRequestsSent announces).
    const announced = (await announcedChanges(setup.org.id, earlierAnnouncements)).flat();
    for (const requirementId of [loadInStagehands, loadInRiggers, showStagehands]) {
      expect(announced).toContainEqual(
        expect.objectContaining({ kind: "request", eventId: setup.eventId, requirementId }),
      );
    }
  });

  it("sends only the call time's or the requirement's requests", async () => {
    const setup = await sendingSetup();
    const ada = await crewMember(setup, "Ada");
    const { loadInStagehands, loadInRiggers, showStagehands } = setup.requirements;
    const [stagehand] = await queueRequests(setup, loadInStagehands, [ada.id]);
    const [rigger] = await queueRequests(setup, loadInRiggers, [ada.id]);
    const [show] = await queueRequests(setup, showStagehands, [ada.id]);

    const byRequirement = await callApi(sendRequirementRoute.POST, {
      ...as(setup, "steward"),
      params: { id: loadInRiggers },
    });
    expect(byRequirement.status).toBe(202);
    expect(byRequirement.body.data).toMatchObject({ queuedRequests: 1, queuedWorkers: 1 });
    await runSendJobs(setup.org.id);
    expect(await states([stagehand!, rigger!, show!])).toEqual(["queued", "sent", "queued"]);
    expect((await textsOf(setup.org.id))[0]!.body).toContain(
      linkOf((await requestRow(rigger!)).shortCode),
    );

    const byCallTime = await callApi(sendCallTimeRoute.POST, {
      ...as(setup, "steward"),
      params: { id: setup.callTimes.show },
    });
    expect(byCallTime.body.data).toMatchObject({ queuedRequests: 1, queuedWorkers: 1 });
    await runSendJobs(setup.org.id);
    expect(await states([stagehand!, rigger!, show!])).toEqual(["queued", "sent", "sent"]);
    const texts = await textsOf(setup.org.id);
    expect(texts).toHaveLength(2);
    expect(texts[1]!.body).toContain("Harbor Festival - Show on Sat, Jun 14 at 6:00 PM?");
  });

  it("never texts twice: a retried or concurrent job finds nothing left to send", async () => {
    const setup = await sendingSetup();
    const crew = await Promise.all(["Ada", "Ben", "Cy"].map((name) => crewMember(setup, name)));
    const ids = await queueRequests(
      setup,
      setup.requirements.loadInStagehands,
      crew.map((worker) => worker.id),
    );
    await sendEvent(setup);
    const [job] = await waitingSendJobs(setup.org.id);

    const [first, second] = await Promise.all([runSendJob(job!.data), runSendJob(job!.data)]);
    expect(first!.requestTexts + second!.requestTexts).toBe(3);
    const retry = await runSendJob(job!.data);
    expect(retry).toEqual({ requestTexts: 0, consentTexts: 0, requestsSent: 0, groupsHeld: 0 });
    expect(await textsOf(setup.org.id)).toHaveLength(3);
    expect(new Set((await textsOf(setup.org.id)).map((text) => text.recipient)).size).toBe(3);
    expect(await states(ids)).toEqual(["sent", "sent", "sent"]);
  });

  it("skips requests answered or withdrawn meanwhile, and calls that have started", async () => {
    const setup = await sendingSetup();
    const [ada, ben] = await Promise.all([crewMember(setup, "Ada"), crewMember(setup, "Ben")]);
    const [adaRequest, benRequest] = await queueRequests(
      setup,
      setup.requirements.loadInStagehands,
      [ada.id, ben.id],
    );
    await sendEvent(setup);
    await withSystemScope((tx) =>
      tx.update(laborRequests).set({ state: "declined" }).where(eq(laborRequests.id, adaRequest!)),
    );
    await runSendJobs(setup.org.id);
    expect((await textsOf(setup.org.id)).map((text) => text.recipient)).toEqual([ben.phone]);

    // The day after the show, nothing queued is worth a text.
    const [late] = await queueRequests(setup, setup.requirements.showStagehands, [ada.id]);
    const [job] = [{ orgId: setup.org.id, scope: { eventId: setup.eventId } }];
    const result = await runSendJob(job!, new Date("2031-06-15T12:00:00Z"));
    expect(result.requestTexts).toBe(0);
    expect((await requestRow(late!)).state).toBe("queued");
    expect((await requestRow(benRequest!)).state).toBe("sent");
  });

  it("prefixes the sender name and writes Albanian for an org in Albanian", async () => {
    const setup = await sendingSetup({ orgName: "Ekipi Skenik" });
    await withSystemScope(async (tx) => {
      await tx
        .update(organizations)
        .set({ locale: "sq" })
        .where(eq(organizations.id, setup.org.id));
      await tx
        .insert(staffingSettings)
        .values({ orgId: setup.org.id, smsSenderName: "Arta" })
        .onConflictDoUpdate({ target: staffingSettings.orgId, set: { smsSenderName: "Arta" } });
    });
    const ada = await crewMember(setup, "Ada");
    const [request] = await queueRequests(setup, setup.requirements.loadInStagehands, [ada.id]);
    await sendEvent(setup);
    await runSendJobs(setup.org.id);
    const [text] = await textsOf(setup.org.id);
    expect(text!.body).toBe(
      `Arta/Ekipi Skenik: A jeni në dispozicion për Harbor Festival - Load-in, pre, 13 qer në orën 07:00? Përgjigjuni: ${linkOf((await requestRow(request!)).shortCode)}`,
    );
    expect(text!.locale).toBe("sq");
  });
});

describe("consent", () => {
  it("asks a worker of unknown consent once and keeps their requests waiting", async () => {
    const setup = await sendingSetup();
    const newcomer = await crewMember(setup, "Nora", "unknown");
    const [loadIn] = await queueRequests(setup, setup.requirements.loadInStagehands, [newcomer.id]);

    const response = await sendEvent(setup);
    expect(response.body.data).toMatchObject({ queuedWorkers: 1, workersAwaitingConsent: 1 });
    const [result] = await runSendJobs(setup.org.id);
    expect(result).toMatchObject({ requestTexts: 0, consentTexts: 1 });
    const [question] = await textsOf(setup.org.id);
    expect(question).toMatchObject({
      template: CONSENT_TEMPLATE,
      recipient: newcomer.phone,
      body: "Stagecrew Events: Reply YES to receive work requests by text, STOP to opt out.",
      relatedType: "worker",
      relatedId: newcomer.id,
    });
    expect(await consentOf(newcomer.id)).toBe("pending");
    expect((await requestRow(loadIn!)).state).toBe("queued");

    // Another send while pending: no second question.
    await queueRequests(setup, setup.requirements.showStagehands, [newcomer.id]);
    await sendEvent(setup);
    expect((await runSendJobs(setup.org.id))[0]).toMatchObject({ consentTexts: 0, groupsHeld: 1 });
    expect(await textsOf(setup.org.id)).toHaveLength(1);
  });

  it("sends nothing to a worker who stopped texts or whose number opted out", async () => {
    const setup = await sendingSetup();
    const stopped = await crewMember(setup, "Sam", "stopped");
    const listed = await crewMember(setup, "Lou", "granted");
    await optOut(listed.phone, "STOP");
    const ids = await queueRequests(setup, setup.requirements.loadInStagehands, [
      stopped.id,
      listed.id,
    ]);

    const response = await sendEvent(setup);
    expect(response.body.data).toMatchObject({ queuedWorkers: 2, workersStopped: 2 });
    expect((await runSendJobs(setup.org.id))[0]).toMatchObject({ requestTexts: 0, groupsHeld: 2 });
    expect(await textsOf(setup.org.id)).toEqual([]);
    expect(await states(ids)).toEqual(["queued", "queued"]);
    // The opt-out list is mirrored on the worker, so the fill list flags them too.
    expect(await consentOf(listed.id)).toBe("stopped");
  });
});

describe("pausing", () => {
  it("holds every text of a paused event; a send resumes it and sends all at once", async () => {
    const setup = await sendingSetup();
    const crew = await Promise.all(["Ada", "Ben"].map((name) => crewMember(setup, name)));
    const ids = await queueRequests(
      setup,
      setup.requirements.loadInStagehands,
      crew.map((worker) => worker.id),
    );
    await sendEvent(setup);

    const paused = await callApi(sendingRoute.PUT, {
      ...as(setup, "steward"),
      params: { id: setup.eventId },
      body: { paused: true },
    });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({
      message: "Sending paused for this event.",
      data: { eventId: setup.eventId, sendingPaused: true },
    });
    const event = await callApi(eventRoute.GET, { ...as(setup), params: { id: setup.eventId } });
    expect(event.body.data.sendingPaused).toBe(true);
    expect(await announcedChanges(setup.org.id)).toContainEqual([
      { kind: "event", eventId: setup.eventId },
    ]);

    // The job enqueued before the pause sends nothing.
    expect((await runSendJobs(setup.org.id))[0]).toMatchObject({ requestTexts: 0 });
    expect(await textsOf(setup.org.id)).toEqual([]);
    expect(await states(ids)).toEqual(["queued", "queued"]);

    const resumed = await sendEvent(setup);
    expect(resumed.body.data).toMatchObject({ queuedRequests: 2, resumed: true });
    const [row] = await withSystemScope((tx) =>
      tx.select().from(events).where(eq(events.id, setup.eventId)),
    );
    expect(row!.sendingPaused).toBe(false);
    expect((await runSendJobs(setup.org.id))[0]).toMatchObject({ requestTexts: 2 });
    expect(await states(ids)).toEqual(["sent", "sent"]);

    const unpause = await callApi(sendingRoute.PUT, {
      ...as(setup),
      params: { id: setup.eventId },
      body: { paused: false },
    });
    expect(unpause.body.message).toBe("Sending resumed for this event.");
  });

  it("refuses a body without `paused` (422) and changes nothing", async () => {
    const setup = await sendingSetup();
    const response = await callApi(sendingRoute.PUT, {
      ...as(setup),
      params: { id: setup.eventId },
      body: { paused: "yes" },
    });
    expect(response.status).toBe(422);
    expect(response.body.errors).toHaveProperty("paused");
  });
});

describe("access", () => {
  it("needs a token (401) and hides other orgs' and other stewards' events (404)", async () => {
    const setup = await sendingSetup();
    const other = await sendingSetup({ orgName: "Other Crew" });
    const unassigned = await sendingSetup({ assignSteward: false });
    const [request] = await queueRequests(setup, setup.requirements.loadInStagehands, [
      (await crewMember(setup, "Ada")).id,
    ]);
    const endpoints = [
      { handler: sendEventRoute.POST, id: (s: SendingSetup) => s.eventId },
      { handler: sendCallTimeRoute.POST, id: (s: SendingSetup) => s.callTimes.loadIn },
      {
        handler: sendRequirementRoute.POST,
        id: (s: SendingSetup) => s.requirements.loadInStagehands,
      },
      { handler: sendingRoute.PUT, id: (s: SendingSetup) => s.eventId, body: { paused: true } },
    ];
    for (const { handler, id, body } of endpoints) {
      const noToken = await callApi(handler, {
        orgId: setup.org.id,
        params: { id: id(setup) },
        body,
      });
      expect(noToken.status).toBe(401);
      const crossTenant = await callApi(handler, { ...as(other), params: { id: id(setup) }, body });
      expect(crossTenant.status).toBe(404);
      const stewardElsewhere = await callApi(handler, {
        ...as(unassigned, "steward"),
        params: { id: id(unassigned) },
        body,
      });
      expect(stewardElsewhere.status).toBe(404);
      const worker = await callApi(handler, {
        ...as(setup, "worker"),
        params: { id: id(setup) },
        body,
      });
      expect(worker.status).toBe(403);
    }
    expect(await waitingSendJobs(setup.org.id)).toEqual([]);
    expect((await requestRow(request!)).state).toBe("queued");
    const [row] = await withSystemScope((tx) =>
      tx.select().from(events).where(eq(events.id, setup.eventId)),
    );
    expect(row!.sendingPaused).toBe(false);
  });

  it("refuses to send on a canceled event (409)", async () => {
    const setup = await sendingSetup();
    await withSystemScope((tx) =>
      tx.update(events).set({ status: "canceled" }).where(eq(events.id, setup.eventId)),
    );
    expect((await sendEvent(setup)).status).toBe(409);
    expect(await waitingSendJobs(setup.org.id)).toEqual([]);
  });
});
