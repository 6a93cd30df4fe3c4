import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { events, laborRequests, workers } from "@/db/schema/staffing";
import { appUrl } from "@/lib/config/env";
import { RateLimitError, ValidationError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { defineQueue } from "@/lib/jobs/queue";
import { getLogger } from "@/lib/logging/logger";
import { sendSms } from "@/lib/messaging";
import { withTenant } from "@/lib/tenancy/scope";
import { markConsentRequested, stopConsent } from "./consent";
import { markRequestsSent } from "./requests.service";
import { loadSendRows, loadTextSender, type SendRow } from "./sending.queries";
import { type TSendJobScope, ZSendJobScope } from "./sending.schemas";
import { consentText, requestText, type TextSender } from "./sms-texts";

export const REQUEST_TEMPLATE = "staffing-request";
export const CONSENT_TEMPLATE = "staffing-consent";

const ZSendJob = z.object({ orgId: z.uuid(), scope: ZSendJobScope });
export type TSendJob = z.infer<typeof ZSendJob>;

/**
 * Texts an org's queued labor requests: one text per worker per event. Enqueued by
 * `sendQueuedRequests` (a manager's send) and by a worker's consent (their waiting
 * requests); never run inside a web request.
 */
export const staffingSendQueue = defineQueue({
  name: "staffing-send",
  data: ZSendJob,
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
  batchSize: 4,
  async handle(data) {
    await runSendJob(data);
  },
});

/** Adds a send job in the caller's transaction: it exists only if the transaction commits. */
export async function enqueueSend(tx: Executor, orgId: string, scope: TSendJobScope) {
  await enqueue(staffingSendQueue, { orgId, scope }, { db: tx });
}

export interface SendJobResult {
  requestTexts: number;
  consentTexts: number;
  requestsSent: number;
  /** Groups left queued: paused, awaiting consent, stopped, opted out, capped, no phone. */
  groupsHeld: number;
}

interface SendGroup {
  workerId: string;
  eventId: string;
  rows: SendRow[];
}

type GroupOutcome =
  { kind: "request"; sent: number } | { kind: "consent" } | { kind: "held"; reason: string };

/**
 * The job: loads every queued request of the scope in one statement, groups them by
 * (worker, event) and handles each group in its own transaction, so a failure or a retry
 * never resends a group that went out: the group's requests are locked while still queued,
 * texted, and marked sent in the transaction that queued the text.
 */
export async function runSendJob(job: TSendJob, now: Date = new Date()): Promise<SendJobResult> {
  const log = getLogger().child({ queue: staffingSendQueue.name, orgId: job.orgId });
  const tenant = { orgId: job.orgId };
  const { sender, rows } = await withTenant(tenant, async (tx) => ({
    sender: await loadTextSender(tx, job.orgId),
    rows: await loadSendRows(tx, job.orgId, job.scope, now),
  }));
  const result: SendJobResult = {
    requestTexts: 0,
    consentTexts: 0,
    requestsSent: 0,
    groupsHeld: 0,
  };
  if (!sender || rows.length === 0) return result;

  const groups = groupByWorkerAndEvent(rows);
  for (const [index, group] of groups.entries()) {
    let outcome: GroupOutcome;
    try {
      outcome = await withTenant(tenant, (tx) => sendGroup(tx, job.orgId, sender, group));
    } catch (error) {
      if (error instanceof RateLimitError && error.messageKey === "sms.orgDailyLimit") {
        // Every further text would be refused too; the rest stay queued for a later send.
        log.warn({ groupsLeft: groups.length - index }, "org SMS daily limit reached");
        break;
      }
      if (error instanceof RateLimitError || error instanceof ValidationError) {
        log.warn({ workerId: group.workerId, err: error }, "work request text refused");
        result.groupsHeld += 1;
        continue;
      }
      throw error;
    }
    if (outcome.kind === "request") {
      result.requestTexts += 1;
      result.requestsSent += outcome.sent;
    } else if (outcome.kind === "consent") {
      result.consentTexts += 1;
    } else {
      result.groupsHeld += 1;
    }
  }
  log.info(result, "staffing send done");
  return result;
}

function groupByWorkerAndEvent(rows: SendRow[]): SendGroup[] {
  const groups = new Map<string, SendGroup>();
  for (const row of rows) {
    const key = `${row.workerId}:${row.eventId}`;
    let group = groups.get(key);
    if (!group) {
      group = { workerId: row.workerId, eventId: row.eventId, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

async function sendGroup(
  tx: Executor,
  orgId: string,
  sender: TextSender,
  group: SendGroup,
): Promise<GroupOutcome> {
  const first = group.rows[0]!;
  // The event's row is share-locked first (the order every writer of both tables takes):
  // pausing waits for a text being sent, and a text never goes out after the pause commits.
  const [state] = await tx
    .select({ paused: events.sendingPaused, consent: workers.smsConsent })
    .from(events)
    .innerJoin(workers, eq(workers.id, group.workerId))
    .where(eq(events.id, group.eventId))
    .for("share", { of: events });
  if (!state || state.paused) return { kind: "held", reason: "paused" };
  if (!first.phone) return { kind: "held", reason: "no phone" };
  if (first.optedOut || state.consent === "stopped") {
    // The opt-out list decides; the worker's consent follows it for the fill list.
    if (first.optedOut) await stopConsent(tx, [group.workerId]);
    return { kind: "held", reason: "stopped" };
  }
  if (state.consent === "pending") return { kind: "held", reason: "awaiting consent" };
  if (state.consent === "unknown") {
    if (!(await markConsentRequested(tx, group.workerId))) {
      return { kind: "held", reason: "awaiting consent" };
    }
    const sent = await sendSms(
      {
        to: first.phone,
        body: consentText(sender),
        template: CONSENT_TEMPLATE,
        locale: sender.locale,
        orgId,
        related: { type: "worker", id: group.workerId },
      },
      tx,
    );
    if (sent.status === "opted-out") {
      await stopConsent(tx, [group.workerId]);
      return { kind: "held", reason: "stopped" };
    }
    return { kind: "consent" };
  }

  // Still queued now, locked: a concurrent or repeated job waits here and then finds none.
  const stillQueued = await tx
    .select({ id: laborRequests.id })
    .from(laborRequests)
    .where(
      and(
        inArray(
          laborRequests.id,
          group.rows.map((row) => row.requestId),
        ),
        eq(laborRequests.state, "queued"),
      ),
    )
    .for("update");
  const queuedIds = new Set(stillQueued.map((row) => row.id));
  const rows = group.rows.filter((row) => queuedIds.has(row.requestId));
  if (rows.length === 0) return { kind: "held", reason: "already sent" };

  const text = requestText(
    sender,
    { name: first.eventName, timeZone: first.timeZone },
    rows.map((row) => ({ id: row.callTimeId, name: row.callTimeName, startsAt: row.startsAt })),
    `${appUrl()}/r/${rows[0]!.shortCode}`,
  );
  const sent = await sendSms(
    {
      to: first.phone,
      body: text,
      template: REQUEST_TEMPLATE,
      locale: sender.locale,
      orgId,
      related: { type: "staffing_event", id: group.eventId },
    },
    tx,
  );
  if (sent.status === "opted-out") {
    await stopConsent(tx, [group.workerId]);
    return { kind: "held", reason: "stopped" };
  }
  // Marks them sent and announces the change to the manager's screens (one per group).
  const marked = await markRequestsSent(tx, [...queuedIds]);
  return { kind: "request", sent: marked.length };
}
