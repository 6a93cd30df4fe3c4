import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations } from "@/db/schema";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  locations,
  timeEntries,
  timeEntryAudits,
  workers,
} from "@/db/schema/staffing";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { announce } from "./live";
import { answerRequest, type Answer } from "./requests.service";
import type { TAnswerChannel } from "./requests.schemas";
import {
  ownRequestFilter,
  selectWorkRequestRows,
  toWorkRequest,
  VISIBLE_STATES,
} from "./worker-requests.queries";
import type { TWorkAnswerResult } from "./worker-requests.schemas";
import { clockInInstant, clockWindow } from "./worker-clock";
import { instantToZonedWallTime } from "./zoned-time";

/**
 * Workflow 9: a confirmed worker clocks themselves in and out — from their link page, /work,
 * the API or a sign-in station. The rules are in worker-clock.ts; this writes the time entry
 * the manager's time sheet reads, with an audit row per change like the manager's sign-in.
 *
 * Both functions run in the caller's transaction, which must see the request's org (a tenant
 * scope, or the system scope after a token lookup), and lock the request row so a double tap
 * cannot clock in twice.
 */

/** Where a worker's own clock-in came from; recorded in the audit trail. */
export type ClockSource = "worker-link" | "worker-web" | "worker-api" | "station";

export interface ClockActor {
  source: ClockSource;
  /** The worker's own account when they act signed in (/work, the API). */
  userId?: string | null;
}

export interface ClockOptions {
  /** A sign-in station at the venue also signs in workers later than the self clock-in window. */
  allowLate?: boolean;
}

export interface ClockResult {
  requestId: string;
  orgId: string;
  eventId: string;
  workerName: string;
  timeZone: string;
  signedInAt: Date;
  signedOutAt: Date | null;
}

async function lockForClock(tx: Executor, requestId: string) {
  const [row] = await tx
    .select({
      id: laborRequests.id,
      orgId: laborRequests.orgId,
      state: laborRequests.state,
      workerName: workers.name,
      eventId: events.id,
      callTimeId: callTimes.id,
      startsAt: callTimes.startsAt,
      locationZone: locations.timeZone,
      orgZone: organizations.timeZone,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .innerJoin(organizations, eq(organizations.id, laborRequests.orgId))
    .leftJoin(locations, eq(locations.id, events.locationId))
    .where(eq(laborRequests.id, requestId))
    .for("update", { of: laborRequests });
  if (!row) throw new NotFoundError("staffing.work.requestNotFound");
  if (row.state !== "confirmed") throw new ConflictError("staffing.work.notConfirmed");
  const [entry] = await tx
    .select({
      id: timeEntries.id,
      signedInAt: timeEntries.signedInAt,
      signedOutAt: timeEntries.signedOutAt,
    })
    .from(timeEntries)
    .where(eq(timeEntries.requestId, row.id));
  const timeZone = row.locationZone ?? row.orgZone ?? "UTC";
  const wall = (instant: Date) => ({ ...instantToZonedWallTime(instant, timeZone) });
  return { request: row, entry, timeZone, wall };
}

async function audit(
  tx: Executor,
  orgId: string,
  timeEntryId: string,
  field: "signedInAt" | "signedOutAt",
  value: Date,
  actor: ClockActor,
) {
  // The field names the source ("signedInAt:station"), so the trail tells a worker's own
  // clock-in from a manager's edit even when no account acted (link page, station).
  await tx.insert(timeEntryAudits).values({
    orgId,
    timeEntryId,
    actorUserId: actor.userId ?? null,
    field: `${field}:${actor.source}`,
    oldValue: null,
    newValue: value.toISOString(),
  });
}

export async function workerClockIn(
  tx: Executor,
  requestId: string,
  now: Date,
  actor: ClockActor,
  options: ClockOptions = {},
): Promise<ClockResult> {
  const { request, entry, timeZone, wall } = await lockForClock(tx, requestId);
  if (entry?.signedInAt) {
    throw new ConflictError("staffing.work.alreadyClockedIn", wall(entry.signedInAt));
  }
  const window = clockWindow(request.startsAt);
  if (now.getTime() < window.opensAt.getTime()) {
    throw new ConflictError("staffing.work.clockInTooEarly", wall(window.opensAt));
  }
  if (!options.allowLate && now.getTime() > window.closesAt.getTime()) {
    throw new ConflictError("staffing.work.clockInTooLate", wall(window.closesAt));
  }
  const signedInAt = clockInInstant(request.startsAt, now);
  let entryId: string;
  if (entry) {
    await tx
      .update(timeEntries)
      .set({ signedInAt, updatedAt: now })
      .where(eq(timeEntries.id, entry.id));
    entryId = entry.id;
  } else {
    const [created] = await tx
      .insert(timeEntries)
      .values({ orgId: request.orgId, requestId: request.id, signedInAt, updatedAt: now })
      .returning({ id: timeEntries.id });
    entryId = created!.id;
  }
  await audit(tx, request.orgId, entryId, "signedInAt", signedInAt, actor);
  await announce(tx, request.orgId, {
    kind: "time-entry",
    eventId: request.eventId,
    callTimeId: request.callTimeId,
    requestId: request.id,
  });
  return {
    requestId: request.id,
    orgId: request.orgId,
    eventId: request.eventId,
    workerName: request.workerName,
    timeZone,
    signedInAt,
    signedOutAt: null,
  };
}

export async function workerClockOut(
  tx: Executor,
  requestId: string,
  now: Date,
  actor: ClockActor,
): Promise<ClockResult> {
  const { request, entry, timeZone, wall } = await lockForClock(tx, requestId);
  if (!entry?.signedInAt) throw new ConflictError("staffing.work.notClockedIn");
  if (entry.signedOutAt) {
    throw new ConflictError("staffing.work.alreadyClockedOut", wall(entry.signedOutAt));
  }
  // An early arrival is signed in at the call time; leaving before it has no shift to end.
  if (now.getTime() <= entry.signedInAt.getTime()) {
    throw new ConflictError("staffing.work.clockOutBeforeStart", wall(entry.signedInAt));
  }
  await tx
    .update(timeEntries)
    .set({ signedOutAt: now, updatedAt: now })
    .where(eq(timeEntries.id, entry.id));
  await audit(tx, request.orgId, entry.id, "signedOutAt", now, actor);
  await announce(tx, request.orgId, {
    kind: "time-entry",
    eventId: request.eventId,
    callTimeId: request.callTimeId,
    requestId: request.id,
  });
  return {
    requestId: request.id,
    orgId: request.orgId,
    eventId: request.eventId,
    workerName: request.workerName,
    timeZone,
    signedInAt: entry.signedInAt,
    signedOutAt: now,
  };
}

// ---------- answers ----------

export interface OwnRequest {
  requestId: string;
  workerId: string;
  /** The link page answers only for its own event. */
  eventId?: string;
}

/**
 * A worker's yes/no on one of their own requests, through the one answer state machine
 * (`answerRequest`). Someone else's request, or one not sent yet, is a 404; a call time that
 * has started, a confirmed or a closed request are refused with words a worker understands.
 */
export async function answerOwnRequest(
  tx: Executor,
  own: OwnRequest,
  answer: Answer,
  channel: TAnswerChannel,
  now: Date,
): Promise<TWorkAnswerResult> {
  const [current] = await tx
    .select({ state: laborRequests.state, startsAt: callTimes.startsAt })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .where(
      and(
        ownRequestFilter(own.requestId, own.workerId, own.eventId),
        inArray(laborRequests.state, [...VISIBLE_STATES]),
      ),
    );
  if (!current) throw new NotFoundError("staffing.work.requestNotFound");
  if (current.state === "confirmed") throw new ConflictError("staffing.work.alreadyConfirmed");
  if (current.state === "canceled" || current.state === "no_call_no_show") {
    throw new ConflictError("staffing.work.requestClosed");
  }
  if (current.startsAt.getTime() <= now.getTime()) {
    throw new ConflictError("staffing.work.callTimePassed");
  }
  const outcome = await answerRequest(tx, own.requestId, answer, channel, now);
  const [row] = await selectWorkRequestRows(tx, { where: eq(laborRequests.id, own.requestId) });
  return {
    request: toWorkRequest(row!, now),
    outcome: outcome.state as TWorkAnswerResult["outcome"],
  };
}
