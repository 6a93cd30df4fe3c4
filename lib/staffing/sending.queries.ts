import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, smsOptOuts } from "@/db/schema";
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
import type { Locale } from "@/lib/i18n/config";
import type { TSendJobScope } from "./sending.schemas";
import type { TextSender } from "./sms-texts";

/**
 * Which queued requests a send picks up, shared by the manager's count and the job so the
 * number the manager is told is the number the job works on: queued, in the scope, of an
 * active worker, on a draft or active event, for a call time that has not started (a text
 * about a past call is useless).
 */
function sendableFilter(orgId: string, scope: TSendJobScope, now: Date): SQL {
  const inScope =
    "eventId" in scope
      ? eq(callTimes.eventId, scope.eventId)
      : "callTimeId" in scope
        ? eq(callTimes.id, scope.callTimeId)
        : "requirementId" in scope
          ? eq(laborRequests.requirementId, scope.requirementId)
          : eq(laborRequests.workerId, scope.workerId);
  return and(
    eq(laborRequests.orgId, orgId),
    eq(laborRequests.state, "queued"),
    inScope,
    gt(callTimes.startsAt, now),
    inArray(events.status, ["draft", "active"]),
    eq(workers.active, true),
  )!;
}

const optedOut = sql<boolean>`${smsOptOuts.phone} is not null`;

export interface SendableCounts {
  queuedRequests: number;
  queuedWorkers: number;
  workersAwaitingConsent: number;
  workersStopped: number;
}

/** The queued requests a send would pick up, and who they go to, in one statement. */
export async function countSendable(
  tx: Executor,
  orgId: string,
  scope: TSendJobScope,
  now: Date,
): Promise<SendableCounts> {
  const stopped = sql`${workers.smsConsent} = 'stopped' or ${optedOut}`;
  const [row] = await tx
    .select({
      queuedRequests: sql<number>`count(*)::int`,
      queuedWorkers: sql<number>`count(distinct ${laborRequests.workerId})::int`,
      workersAwaitingConsent: sql<number>`count(distinct ${laborRequests.workerId}) filter (where ${workers.smsConsent} in ('unknown', 'pending') and not (${stopped}))::int`,
      workersStopped: sql<number>`count(distinct ${laborRequests.workerId}) filter (where ${stopped})::int`,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(
      workerPhones,
      and(eq(workerPhones.workerId, workers.id), eq(workerPhones.isPrimary, true)),
    )
    .leftJoin(smsOptOuts, eq(smsOptOuts.phone, workerPhones.phone))
    .where(sendableFilter(orgId, scope, now));
  return row!;
}

/** Who the org's texts come from and in which language. */
export async function loadTextSender(tx: Executor, orgId: string): Promise<TextSender | null> {
  const [row] = await tx
    .select({
      orgName: organizations.name,
      locale: organizations.locale,
      senderName: staffingSettings.smsSenderName,
    })
    .from(organizations)
    .leftJoin(staffingSettings, eq(staffingSettings.orgId, organizations.id))
    .where(eq(organizations.id, orgId));
  return row ? { ...row, locale: row.locale as Locale } : null;
}

export interface SendRow {
  requestId: string;
  shortCode: string;
  requirementId: string;
  workerId: string;
  consent: (typeof workers.$inferSelect)["smsConsent"];
  /** Primary phone, E.164. */
  phone: string | null;
  optedOut: boolean;
  eventId: string;
  eventName: string;
  timeZone: string;
  callTimeId: string;
  callTimeName: string;
  startsAt: Date;
}

/**
 * Every request the job sends, with what its text needs, in one statement: the worker's
 * consent and primary phone (and whether it is on the opt-out list), the event's name and
 * zone (its location's, else the org's), the call time. Paused events are left out; the
 * job checks the pause again, under a lock, before each text.
 */
export async function loadSendRows(
  tx: Executor,
  orgId: string,
  scope: TSendJobScope,
  now: Date,
): Promise<SendRow[]> {
  return tx
    .select({
      requestId: laborRequests.id,
      shortCode: laborRequests.shortCode,
      requirementId: laborRequests.requirementId,
      workerId: laborRequests.workerId,
      consent: workers.smsConsent,
      phone: workerPhones.phone,
      optedOut,
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
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(
      workerPhones,
      and(eq(workerPhones.workerId, workers.id), eq(workerPhones.isPrimary, true)),
    )
    .leftJoin(smsOptOuts, eq(smsOptOuts.phone, workerPhones.phone))
    .where(and(sendableFilter(orgId, scope, now), eq(events.sendingPaused, false)))
    .orderBy(
      asc(laborRequests.workerId),
      asc(events.id),
      asc(callTimes.startsAt),
      asc(laborRequests.id),
    );
}
