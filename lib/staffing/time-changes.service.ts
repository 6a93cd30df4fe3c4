import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  callTimeChanges,
  callTimes,
  laborRequestReminders,
  laborRequests,
  laborRequirements,
  timeChangeAnswers,
  workers,
} from "@/db/schema/staffing";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { announce } from "./live";
import { sendTimeChangeNotices } from "./notices";
import { NOTIFICATION_CHANGE, recordNotifications } from "./notifications.service";
import { findTimeChangeForLink } from "./time-changes.queries";
import type { WorkerSelf } from "./worker-link.service";
import type {
  TAnswerTimeChange,
  TTimeChangeAnswer,
  TTimeChangeAnswerValue,
} from "./notifications.schemas";

/**
 * Time changes (workflow 6): when a call time's start moves, every confirmed worker gets a
 * `time_change_answers` row and a text with `/r/{code}/time-change`, where they answer
 * "I'll be there" or "Can't make it" (with an optional message).
 *
 * "Can't make it" does not cancel the request: the worker's place stays theirs until the
 * manager decides (cancel and ask someone else, or agree on another time with them). It
 * notifies the manager (a `time_change` notification) and shows in the call time's answers.
 */

export interface TimeChange {
  orgId: string;
  callTimeId: string;
  changeId: string;
  previousStartsAt: Date;
  newStartsAt: Date;
}

/**
 * Runs in the transaction that moved the call time. Reminders already sent for the old
 * time are forgotten, so the reminders go out again before the new one. No text when the
 * new start is already past (a manager correcting the record after the fact).
 */
export async function askConfirmedWorkersAboutTimeChange(
  tx: Executor,
  change: TimeChange,
  now: Date = new Date(),
): Promise<string[]> {
  const confirmed = await tx
    .select({ id: laborRequests.id })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .where(
      and(
        eq(laborRequests.orgId, change.orgId),
        eq(laborRequirements.callTimeId, change.callTimeId),
        eq(laborRequests.state, "confirmed"),
      ),
    );
  const requestIds = confirmed.map((row) => row.id);
  if (requestIds.length === 0) return [];
  await tx
    .delete(laborRequestReminders)
    .where(inArray(laborRequestReminders.requestId, requestIds));
  if (change.newStartsAt.getTime() <= now.getTime()) return [];
  await tx
    .insert(timeChangeAnswers)
    .values(
      requestIds.map((requestId) => ({
        orgId: change.orgId,
        changeId: change.changeId,
        requestId,
      })),
    )
    .onConflictDoNothing();
  await sendTimeChangeNotices(tx, requestIds, change.previousStartsAt);
  return requestIds;
}

interface LockedAnswer {
  id: string;
  orgId: string;
  changeId: string;
  requestId: string;
  answer: TTimeChangeAnswerValue | null;
  requestState: (typeof laborRequests.$inferSelect)["state"];
  requirementId: string;
  callTimeId: string;
  eventId: string;
  startsAt: Date;
}

async function lockAnswer(tx: Executor, answerId: string): Promise<LockedAnswer | undefined> {
  const [row] = await tx
    .select({
      id: timeChangeAnswers.id,
      orgId: timeChangeAnswers.orgId,
      changeId: timeChangeAnswers.changeId,
      requestId: timeChangeAnswers.requestId,
      answer: timeChangeAnswers.answer,
      requestState: laborRequests.state,
      requirementId: laborRequests.requirementId,
      callTimeId: callTimes.id,
      eventId: callTimes.eventId,
      startsAt: callTimes.startsAt,
    })
    .from(timeChangeAnswers)
    .innerJoin(laborRequests, eq(laborRequests.id, timeChangeAnswers.requestId))
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .where(eq(timeChangeAnswers.id, answerId))
    .for("update", { of: timeChangeAnswers });
  return row;
}

/** The call time's newest change: only its answers are still open. */
async function latestChangeId(tx: Executor, callTimeId: string): Promise<string | undefined> {
  const [latest] = await tx
    .select({ id: callTimeChanges.id })
    .from(callTimeChanges)
    .where(eq(callTimeChanges.callTimeId, callTimeId))
    .orderBy(desc(callTimeChanges.createdAt), desc(callTimeChanges.id))
    .limit(1);
  return latest?.id;
}

/**
 * A worker's answer to a time change, from the link page or /work (the caller's transaction
 * must see the answer's org). The worker may change their mind until the call starts; only
 * a move to "can't make it" notifies the manager, so a repeated answer notifies once.
 *
 * 404 for an unknown answer; 409 when the time changed again since (answer the newest
 * change), when the worker is no longer confirmed, or when the call time has started.
 */
export async function answerTimeChange(
  tx: Executor,
  answerId: string,
  answer: TTimeChangeAnswerValue,
  message: string | null | undefined,
  now: Date = new Date(),
): Promise<TTimeChangeAnswer> {
  const row = await lockAnswer(tx, answerId);
  if (!row) throw new NotFoundError("staffing.timeChanges.answerNotFound");
  if ((await latestChangeId(tx, row.callTimeId)) !== row.changeId) {
    throw new ConflictError("staffing.timeChanges.superseded");
  }
  if (row.requestState !== "confirmed") {
    throw new ConflictError("staffing.timeChanges.requestNotConfirmed");
  }
  if (row.startsAt.getTime() <= now.getTime()) {
    throw new ConflictError("staffing.timeChanges.callTimeStarted");
  }
  const note = message?.trim() || null;
  await tx
    .update(timeChangeAnswers)
    .set({ answer, message: note, answeredAt: now })
    .where(eq(timeChangeAnswers.id, row.id));
  const notify = answer === "cant_make_it" && row.answer !== "cant_make_it";
  if (notify) {
    await recordNotifications(tx, [
      { kind: "time_change", requestId: row.requestId, detail: note },
    ]);
  }
  await announce(
    tx,
    row.orgId,
    {
      kind: "request",
      eventId: row.eventId,
      callTimeId: row.callTimeId,
      requirementId: row.requirementId,
      requestId: row.requestId,
    },
    ...(notify ? [NOTIFICATION_CHANGE] : []),
  );
  return findTimeChangeAnswer(tx, row.id);
}

export async function findTimeChangeAnswer(
  tx: Executor,
  answerId: string,
): Promise<TTimeChangeAnswer> {
  const [row] = await tx
    .select({
      id: timeChangeAnswers.id,
      requestId: timeChangeAnswers.requestId,
      previousStartsAt: callTimeChanges.previousStartsAt,
      newStartsAt: callTimeChanges.newStartsAt,
      answer: timeChangeAnswers.answer,
      message: timeChangeAnswers.message,
      answeredAt: timeChangeAnswers.answeredAt,
    })
    .from(timeChangeAnswers)
    .innerJoin(callTimeChanges, eq(callTimeChanges.id, timeChangeAnswers.changeId))
    .where(eq(timeChangeAnswers.id, answerId));
  if (!row) throw new NotFoundError("staffing.timeChanges.answerNotFound");
  return {
    ...row,
    previousStartsAt: row.previousStartsAt.toISOString(),
    newStartsAt: row.newStartsAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}

/**
 * `POST /api/v1/work/time-changes/{id}`: the signed-in user answers a time change sent to
 * one of their workers (a worker row of any org whose `user_id` is theirs, after
 * `resolveWorkerSelf` linked them by verified phone). Any other id —
 * another person's, unknown — is a 404. Finding the org crosses tenants (the narrow
 * system-scope read); the answer itself runs in the org's tenant scope.
 */
export async function answerMyTimeChange(
  { userId }: WorkerSelf,
  answerId: string,
  input: TAnswerTimeChange,
  now: Date = new Date(),
): Promise<TTimeChangeAnswer> {
  const owned = (tx: Executor) =>
    tx
      .select({ orgId: timeChangeAnswers.orgId })
      .from(timeChangeAnswers)
      .innerJoin(laborRequests, eq(laborRequests.id, timeChangeAnswers.requestId))
      .innerJoin(workers, eq(workers.id, laborRequests.workerId))
      .where(and(eq(timeChangeAnswers.id, answerId), eq(workers.userId, userId)));
  const [found] = await withSystemScope(owned);
  if (!found) throw new NotFoundError("staffing.timeChanges.answerNotFound");
  return withTenant({ orgId: found.orgId, userId }, async (tx) => {
    // Checked again inside the org's transaction: the worker may have been unlinked since.
    if ((await owned(tx)).length === 0) {
      throw new NotFoundError("staffing.timeChanges.answerNotFound");
    }
    return answerTimeChange(tx, answerId, input.answer, input.message, now);
  });
}

/**
 * The public page's answer (`/r/{code}/time-change`): the code is the key, and the answer
 * must be the newest one sent for its request (a stale form answers 409 superseded).
 */
export async function answerTimeChangeFromLink(
  code: string,
  answerId: string,
  input: TAnswerTimeChange,
  options: { ip?: string | null; now?: Date } = {},
): Promise<TTimeChangeAnswer> {
  const found = await findTimeChangeForLink(code, { ip: options.ip });
  if (!found) throw new NotFoundError("staffing.timeChanges.answerNotFound");
  if (found.answerId !== answerId) throw new ConflictError("staffing.timeChanges.superseded");
  return withTenant({ orgId: found.orgId }, (tx) =>
    answerTimeChange(tx, answerId, input.answer, input.message, options.now),
  );
}
