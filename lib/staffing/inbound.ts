import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations } from "@/db/schema";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  locations,
  staffingSettings,
  workerPhones,
  workers,
} from "@/db/schema/staffing";
import { appUrl } from "@/lib/config/env";
import { ConflictError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import type { InboundSms } from "@/lib/messaging/sms/inbound";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { grantConsent, resumeConsent, stopConsent } from "./consent";
import { type Answer, answerRequest } from "./requests.service";
import { enqueueSend } from "./sending.queue";
import { answerReplyText, consentGrantedText, severalOpenText, type TextSender } from "./sms-texts";

/**
 * Texts workers send back: YES to the consent question, and YES/NO (1/2; PO/JO in
 * Albanian) to a work request. STOP/START never get here: messaging keeps the opt-out list
 * first and tells `syncWorkersWithOptOut`.
 *
 * A phone may belong to workers of several orgs, so workers are found across tenants (the
 * system scope, reading only); each change then runs in its own org's tenant transaction.
 */

const YES_WORDS = ["YES", "Y", "1", "PO"];
const NO_WORDS = ["NO", "N", "2", "JO"];
/** Links in a "several open requests" reply, one per event; more would not fit a text. */
const MAX_LINKS = 3;

export function parseAnswer(body: string): Answer | null {
  const word = body
    .trim()
    .toUpperCase()
    .replace(/[.!\s]+$/u, "");
  if (YES_WORDS.includes(word)) return "yes";
  if (NO_WORDS.includes(word)) return "no";
  return null;
}

interface WorkerMatch extends TextSender {
  workerId: string;
  orgId: string;
  consent: (typeof workers.$inferSelect)["smsConsent"];
}

/** Every worker (any org) with this number, with their org's name, language and sender. */
function findWorkersByPhone(tx: Executor, phone: string): Promise<WorkerMatch[]> {
  return tx
    .select({
      workerId: workers.id,
      orgId: workers.orgId,
      consent: workers.smsConsent,
      orgName: organizations.name,
      locale: sql<Locale>`${organizations.locale}`,
      senderName: staffingSettings.smsSenderName,
    })
    .from(workerPhones)
    .innerJoin(workers, eq(workers.id, workerPhones.workerId))
    .innerJoin(organizations, eq(organizations.id, workers.orgId))
    .leftJoin(staffingSettings, eq(staffingSettings.orgId, workers.orgId))
    .where(eq(workerPhones.phone, phone))
    .orderBy(asc(workers.createdAt));
}

/** The requests a reply may answer: texted (or answered yes) for a call not yet started. */
function openRequests(tx: Executor, workerIds: string[], now: Date) {
  return tx
    .select({
      requestId: laborRequests.id,
      orgId: laborRequests.orgId,
      workerId: laborRequests.workerId,
      shortCode: laborRequests.shortCode,
      eventId: events.id,
      eventName: events.name,
      timeZone: sql<string>`coalesce(${locations.timeZone}, ${organizations.timeZone}, 'UTC')`,
      callTimeId: callTimes.id,
      callTimeName: callTimes.name,
      startsAt: callTimes.startsAt,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .innerJoin(organizations, eq(organizations.id, events.orgId))
    .leftJoin(locations, eq(locations.id, events.locationId))
    .where(
      and(
        inArray(laborRequests.workerId, workerIds),
        inArray(laborRequests.state, ["sent", "available"]),
        gt(callTimes.startsAt, now),
        inArray(events.status, ["draft", "active"]),
      ),
    )
    .orderBy(asc(callTimes.startsAt), asc(laborRequests.id));
}

function byOrg<T extends { orgId: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.orgId, [...(groups.get(item.orgId) ?? []), item]);
  return groups;
}

/** Marks the workers' consent and sends their waiting requests (one send job per worker). */
async function grantAndFlush(
  matches: WorkerMatch[],
  change: typeof grantConsent,
): Promise<string[]> {
  const changed: string[] = [];
  for (const [orgId, workersOfOrg] of byOrg(matches)) {
    await withTenant({ orgId }, async (tx) => {
      const ids = await change(
        tx,
        workersOfOrg.map((worker) => worker.workerId),
      );
      for (const workerId of ids) await enqueueSend(tx, orgId, { workerId });
      changed.push(...ids);
    });
  }
  return changed;
}

/**
 * The staffing handler for inbound texts (registered in messaging's inbound handlers).
 * Returns the reply, or null when the text is not an answer from a known worker.
 */
export async function handleStaffingSms(
  message: InboundSms,
  now: Date = new Date(),
): Promise<string | null> {
  const answer = parseAnswer(message.body);
  if (!answer) return null;
  const matches = await withSystemScope((tx) => findWorkersByPhone(tx, message.from));
  if (matches.length === 0) return null;

  // YES to the consent question comes first: such a worker has no request texted yet.
  const pending = matches.filter((worker) => worker.consent === "pending");
  if (answer === "yes" && pending.length > 0) {
    const granted = await grantAndFlush(pending, grantConsent);
    const first = pending.find((worker) => granted.includes(worker.workerId));
    if (first) return consentGrantedText(first);
  }

  const open = await withSystemScope((tx) =>
    openRequests(
      tx,
      matches.map((worker) => worker.workerId),
      now,
    ),
  );
  if (open.length === 0) return null;
  const senderOf = (orgId: string) => matches.find((worker) => worker.orgId === orgId)!;

  if (open.length === 1) {
    const request = open[0]!;
    try {
      // The one answer state machine (it also notifies the manager and announces the change).
      const outcome = await withTenant({ orgId: request.orgId }, (tx) =>
        answerRequest(tx, request.requestId, answer, "sms_reply", now),
      );
      // A confirmed worker gets the confirmation text (notices.ts) with the calendar and
      // clock-in links; a reply here would be a second text saying the same.
      if (outcome.state === "confirmed") return "";
      if (outcome.state === "available" || outcome.state === "declined") {
        return answerReplyText(
          senderOf(request.orgId),
          outcome.state,
          { name: request.eventName, timeZone: request.timeZone },
          { id: request.callTimeId, name: request.callTimeName, startsAt: request.startsAt },
        );
      }
    } catch (error) {
      // Changed since it was read (withdrawn, canceled): the link page shows where it stands.
      if (!(error instanceof ConflictError)) throw error;
    }
  }

  // Several open requests (or one that moved on): which one a YES means cannot be told, so
  // the reply links to each event's page, where every open request of the event is listed.
  const linkPerEvent = new Map<string, string>();
  for (const request of open) {
    if (!linkPerEvent.has(request.eventId)) {
      linkPerEvent.set(request.eventId, `${appUrl()}/r/${request.shortCode}`);
    }
  }
  return severalOpenText(
    senderOf(open[0]!.orgId),
    open.length,
    [...linkPerEvent.values()].slice(0, MAX_LINKS),
  );
}

/**
 * Keeps workers' consent in line with the opt-out list (messaging calls it after STOP or
 * START): STOP marks every worker with the number `stopped`; START makes stopped workers
 * `granted` again — texting START is asking for texts — and sends their waiting requests.
 */
export async function syncWorkersWithOptOut(phone: string, optedOut: boolean): Promise<void> {
  const matches = await withSystemScope((tx) => findWorkersByPhone(tx, phone));
  if (optedOut) {
    for (const [orgId, workersOfOrg] of byOrg(matches)) {
      await withTenant({ orgId }, (tx) =>
        stopConsent(
          tx,
          workersOfOrg.map((worker) => worker.workerId),
        ),
      );
    }
    return;
  }
  await grantAndFlush(
    matches.filter((worker) => worker.consent === "stopped"),
    resumeConsent,
  );
}
