import { and, asc, eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import * as requestsRoute from "@/app/api/v1/staffing/requirements/[id]/requests/route";
import { getSql } from "@/db/client";
import { messages, organizations } from "@/db/schema";
import { laborRequests, staffingNotifications, staffingSettings } from "@/db/schema/staffing";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { callApi } from "@/lib/testing/api";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import type { StaffingChange } from "./live";
import type { staffingOrg } from "./events.testing";
import { createWorkerRow } from "./people.testing";
import { answerRequest, type Answer } from "./requests.service";

/** Test helpers for the notices: live jobs, texts sent, notifications, workers with phones. */

export type Setup = Awaited<ReturnType<typeof staffingOrg>>;

export function as(setup: Setup, role: keyof Setup["team"] = "manager") {
  return { token: setup.team[role].token, orgId: setup.org.id };
}

// The daily SMS cap is per recipient across orgs: every worker of a test file gets a new number.
let nextPhone = 1000;

export async function stagehands(setup: Setup, names: string[]) {
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

/** Queues requests through the API; returns the new request ids in the order asked. */
export async function requestWorkers(
  setup: Setup,
  requirementId: string,
  workerIds: string[],
  reserved = false,
): Promise<string[]> {
  const response = await callApi(requestsRoute.POST, {
    ...as(setup),
    params: { id: requirementId },
    body: { workerIds, reserved },
  });
  expect(response.status).toBe(201);
  const byWorker = new Map(
    response.body.data.created.map((r: { id: string; worker: { id: string } }) => [
      r.worker.id,
      r.id,
    ]),
  );
  return workerIds.map((id) => byWorker.get(id) as string);
}

/** A worker's answer from the link page (channel `sms_link`), as the worker helper calls it. */
export function workerAnswers(setup: Setup, requestId: string, answer: Answer, now?: Date) {
  return withTenant({ orgId: setup.org.id }, (tx) =>
    answerRequest(tx, requestId, answer, "sms_link", now),
  );
}

/** Moves requests to `sent` as the sending job would (no text). */
export async function markSent(requestIds: string[]) {
  await withSystemScope((tx) =>
    tx
      .update(laborRequests)
      .set({ state: "sent", sentAt: new Date() })
      .where(inArray(laborRequests.id, requestIds)),
  );
}

/** The staffing-live jobs enqueued for an org, oldest first. */
export async function liveJobs(orgId: string): Promise<StaffingChange[][]> {
  const rows = await getSql().unsafe<{ data: { changes: StaffingChange[] } }[]>(
    `select data from ${BOSS_SCHEMA}.job where name = 'staffing-live' and data->>'orgId' = $1
     order by created_on, id`,
    [orgId],
  );
  return rows.map((row) => row.data.changes);
}

/** Runs `work` and returns the live jobs it enqueued (the org's jobs before are ignored). */
export async function announcedBy(orgId: string, work: () => Promise<unknown>) {
  const before = (await liveJobs(orgId)).length;
  await work();
  return (await liveJobs(orgId)).slice(before);
}

/** The texts logged for an org, oldest first (optionally one template). */
export async function textsOf(orgId: string, template?: string) {
  return withSystemScope((tx) =>
    tx
      .select({
        recipient: messages.recipient,
        body: messages.body,
        template: messages.template,
        locale: messages.locale,
        status: messages.status,
        relatedType: messages.relatedType,
        relatedId: messages.relatedId,
      })
      .from(messages)
      .where(
        and(
          eq(messages.orgId, orgId),
          eq(messages.channel, "sms"),
          template ? eq(messages.template, template) : undefined,
        ),
      )
      .orderBy(asc(messages.createdAt), asc(messages.id)),
  );
}

export async function notificationRows(orgId: string) {
  return withSystemScope((tx) =>
    tx
      .select()
      .from(staffingNotifications)
      .where(eq(staffingNotifications.orgId, orgId))
      .orderBy(asc(staffingNotifications.createdAt), asc(staffingNotifications.id)),
  );
}

export async function setOrgLocale(orgId: string, locale: "en" | "sq") {
  await withSystemScope((tx) =>
    tx.update(organizations).set({ locale }).where(eq(organizations.id, orgId)),
  );
}

export async function setStaffingSettings(
  orgId: string,
  values: { reminderHours?: number[]; autoWithdrawHours?: number | null },
) {
  await withSystemScope((tx) =>
    tx
      .insert(staffingSettings)
      .values({ orgId, ...values })
      .onConflictDoUpdate({ target: staffingSettings.orgId, set: values }),
  );
}
