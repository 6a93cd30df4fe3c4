import { and, asc, eq } from "drizzle-orm";
import twilio from "twilio";
import { expect } from "vitest";
import * as eventsRoute from "@/app/api/v1/staffing/events/route";
import * as stewardsRoute from "@/app/api/v1/staffing/events/[id]/stewards/route";
import * as eventCallTimesRoute from "@/app/api/v1/staffing/events/[id]/call-times/route";
import * as requirementsRoute from "@/app/api/v1/staffing/call-times/[id]/requirements/route";
import * as requestsRoute from "@/app/api/v1/staffing/requirements/[id]/requests/route";
import { getDb, getSql } from "@/db/client";
import { messages } from "@/db/schema";
import { workers } from "@/db/schema/staffing";
import { DEVELOPMENT_TWILIO_AUTH_TOKEN } from "@/lib/config/env";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { callApi } from "@/lib/testing/api";
import { withSystemScope } from "@/lib/tenancy/scope";
import { staffingOrg } from "./events.testing";
import { createWorkerRow } from "./people.testing";
import { runSendJob, type SendJobResult, type TSendJob } from "./sending.queue";

export type SendingSetup = Awaited<ReturnType<typeof sendingSetup>>;
type Consent = (typeof workers.$inferSelect)["smsConsent"];

let nextPhone = 1000;

/**
 * An org ("Stagecrew Events", New York location) with the "Harbor Festival" on Friday
 * 2031-06-13/14 (far ahead, so the calls never start during a test run): call time
 * "Load-in" on the 13th at 07:00 with a Stagehand and a Rigger requirement, call time
 * "Show" on the 14th at 18:00 with a Stagehand requirement. The steward is assigned.
 */
export async function sendingSetup(options: { assignSteward?: boolean; orgName?: string } = {}) {
  const setup = await staffingOrg(options.orgName ?? "Stagecrew Events");
  const manager = { token: setup.team.manager.token, orgId: setup.org.id };
  const event = await callApi(eventsRoute.POST, {
    ...manager,
    body: {
      name: "Harbor Festival",
      startDate: "2031-06-13",
      endDate: "2031-06-14",
      locationId: setup.location.id,
    },
  });
  expect(event.status).toBe(201);
  const eventId = event.body.data.id as string;
  if (options.assignSteward !== false) {
    await callApi(stewardsRoute.PUT, {
      ...manager,
      params: { id: eventId },
      body: { userIds: [setup.team.steward.user.id] },
    });
  }
  const callTime = async (name: string, date: string, time: string) => {
    const response = await callApi(eventCallTimesRoute.POST, {
      ...manager,
      params: { id: eventId },
      body: { name, date, time },
    });
    expect(response.status).toBe(201);
    return response.body.data.id as string;
  };
  const requirement = async (callTimeId: string, laborTypeId: string, firstCome = 0) => {
    const response = await callApi(requirementsRoute.POST, {
      ...manager,
      params: { id: callTimeId },
      body: { laborTypeId, needed: 5, firstComePositions: firstCome },
    });
    expect(response.status).toBe(201);
    return response.body.data.id as string;
  };
  const loadIn = await callTime("Load-in", "2031-06-13", "07:00");
  const show = await callTime("Show", "2031-06-14", "18:00");
  const { stagehand, rigger } = setup.laborTypes;
  return {
    ...setup,
    manager,
    eventId,
    callTimes: { loadIn, show },
    requirements: {
      loadInStagehands: await requirement(loadIn, stagehand.id, 1),
      loadInRiggers: await requirement(loadIn, rigger.id),
      showStagehands: await requirement(show, stagehand.id),
    },
  };
}

/** A worker doing both labor types, with a fresh phone and the given consent. */
export async function crewMember(setup: SendingSetup, name: string, consent: Consent = "granted") {
  const phone = `+1212555${String(nextPhone++)}`;
  const worker = await createWorkerRow(setup.org.id, {
    name,
    phones: [phone],
    laborTypeIds: [setup.laborTypes.stagehand.id, setup.laborTypes.rigger.id],
  });
  if (consent !== "unknown") await setConsent(worker.id, consent);
  return { ...worker, phone };
}

export async function setConsent(workerId: string, consent: Consent) {
  await withSystemScope((tx) =>
    tx.update(workers).set({ smsConsent: consent }).where(eq(workers.id, workerId)),
  );
}

export async function consentOf(workerId: string): Promise<Consent> {
  const [row] = await withSystemScope((tx) =>
    tx.select({ consent: workers.smsConsent }).from(workers).where(eq(workers.id, workerId)),
  );
  return row!.consent;
}

/** Queues requests through the API; returns their ids in the workers' order. */
export async function queueRequests(
  setup: SendingSetup,
  requirementId: string,
  workerIds: string[],
) {
  const response = await callApi(requestsRoute.POST, {
    ...setup.manager,
    params: { id: requirementId },
    body: { workerIds },
  });
  expect(response.status).toBe(201);
  const created = response.body.data.created as { id: string; worker: { id: string } }[];
  return workerIds.map((workerId) => created.find((request) => request.worker.id === workerId)!.id);
}

/** An org's send jobs waiting in pg-boss, oldest first. */
export async function waitingSendJobs(orgId: string): Promise<{ id: string; data: TSendJob }[]> {
  return getSql().unsafe(
    `select id, data from ${BOSS_SCHEMA}.job
      where name = 'staffing-send' and state = 'created' and data->>'orgId' = $1
      order by created_on, id`,
    [orgId],
  );
}

/** Runs an org's waiting send jobs the way the worker would (then removes them), in order. */
export async function runSendJobs(orgId: string): Promise<SendJobResult[]> {
  const results: SendJobResult[] = [];
  for (const job of await waitingSendJobs(orgId)) {
    results.push(await runSendJob(job.data));
    await getSql().unsafe(`delete from ${BOSS_SCHEMA}.job where id = $1`, [job.id]);
  }
  return results;
}

/** The org's SMS log (what the usage report counts), oldest first. */
export function textsOf(orgId: string, template?: string) {
  return getDb()
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.orgId, orgId),
        eq(messages.channel, "sms"),
        template ? eq(messages.template, template) : undefined,
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

/** Changes announced on the org channel by committed transactions (staffing-live jobs). */
export async function announcedChanges(orgId: string, exceptJobs: string[] = []) {
  const rows: { id: string; data: { orgId: string; changes: unknown[] } }[] = await getSql().unsafe(
    `select id, data from ${BOSS_SCHEMA}.job where name = 'staffing-live' and data->>'orgId' = $1`,
    [orgId],
  );
  return rows.filter((row) => !exceptJobs.includes(row.id)).map((row) => row.data.changes);
}

/** The ids of the org's live-update jobs so far, to look only at later ones. */
export async function announcementIds(orgId: string): Promise<string[]> {
  const rows: { id: string }[] = await getSql().unsafe(
    `select id from ${BOSS_SCHEMA}.job where name = 'staffing-live' and data->>'orgId' = $1`,
    [orgId],
  );
  return rows.map((row) => row.id);
}

/** An inbound text, signed the way Twilio signs its webhook. */
export function twilioInboundRequest(from: string, body: string, messageSid = `SM${Date.now()}`) {
  const path = "/api/webhooks/twilio/inbound";
  const params = { From: from, Body: body, MessageSid: messageSid };
  const signature = twilio.getExpectedTwilioSignature(
    DEVELOPMENT_TWILIO_AUTH_TOKEN,
    `http://localhost:3000${path}`,
    params,
  );
  return new Request(`http://internal${path}`, {
    method: "POST",
    body: new URLSearchParams(params).toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signature,
    },
  });
}

/** The text of a TwiML reply, or "" for none. */
export async function twimlReply(response: Response): Promise<string> {
  const xml = await response.text();
  const match = /<Message>([\s\S]*)<\/Message>/.exec(xml);
  return (match?.[1] ?? "").replace(/&#(\d+);/g, (_, code: string) =>
    String.fromCharCode(Number(code)),
  );
}
