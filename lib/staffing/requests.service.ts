import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  callTimes,
  laborRequests,
  laborRequirements,
  workerLaborTypes,
  workers,
} from "@/db/schema/staffing";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { assertEventAccess } from "./event-access";
import { newRequestSecrets } from "./request-codes";
import { findRequests, loadRequirementForRequests } from "./requests.queries";
import type {
  TAnswerChannel,
  TBulkConfirm,
  TCreateRequests,
  TCreateRequestsResult,
  TLaborRequest,
} from "./requests.schemas";

type RequestState = (typeof laborRequests.$inferSelect)["state"];

/** A late cancellation: a confirmed worker dropping out less than this before the call. */
export const LATE_CANCELLATION_HOURS = 24;

// ---------- creating requests ----------

/**
 * Queues a request for each worker (the sending job picks `queued` rows up later). Workers
 * already requested are reported, not duplicated; one unfit worker refuses the whole batch.
 */
export async function createRequests(
  context: OrgContext,
  requirementId: string,
  input: TCreateRequests,
): Promise<TCreateRequestsResult> {
  assertCan(context, "staffing.requests.write");
  const workerIds = [...new Set(input.workerIds)];
  return withTenant(context, async (tx) => {
    const { requirement } = await loadRequirementForRequests(tx, context, requirementId, "staff");
    const candidates = await tx
      .select({
        id: workers.id,
        active: workers.active,
        hasLaborType: sql<boolean>`${workerLaborTypes.workerId} is not null`,
      })
      .from(workers)
      .leftJoin(
        workerLaborTypes,
        and(
          eq(workerLaborTypes.workerId, workers.id),
          eq(workerLaborTypes.laborTypeId, requirement.laborTypeId),
        ),
      )
      .where(and(eq(workers.orgId, context.orgId), inArray(workers.id, workerIds)));
    const byId = new Map(candidates.map((worker) => [worker.id, worker]));
    const fieldErrors: Record<string, string[]> = {};
    input.workerIds.forEach((workerId, index) => {
      const worker = byId.get(workerId);
      const problem = !worker
        ? "staffing.requests.validation.workerNotFound"
        : !worker.active
          ? "staffing.requests.validation.workerInactive"
          : !worker.hasLaborType
            ? "staffing.requests.validation.workerLacksLaborType"
            : null;
      if (problem) fieldErrors[`workerIds.${index}`] = [problem];
    });
    if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);

    const inserted = await tx
      .insert(laborRequests)
      .values(
        workerIds.map((workerId) => ({
          orgId: context.orgId,
          requirementId,
          workerId,
          reserved: input.reserved,
          ...newRequestSecrets(),
        })),
      )
      .onConflictDoNothing({ target: [laborRequests.requirementId, laborRequests.workerId] })
      .returning({ id: laborRequests.id, workerId: laborRequests.workerId });
    const createdWorkers = new Set(inserted.map((row) => row.workerId));
    const skippedIds = workerIds.filter((workerId) => !createdWorkers.has(workerId));
    const skipped =
      skippedIds.length === 0
        ? []
        : await tx
            .select({
              workerId: laborRequests.workerId,
              requestId: laborRequests.id,
              state: laborRequests.state,
            })
            .from(laborRequests)
            .where(
              and(
                eq(laborRequests.requirementId, requirementId),
                inArray(laborRequests.workerId, skippedIds),
              ),
            );
    return {
      created: await findRequests(
        tx,
        context.orgId,
        inserted.map((row) => row.id),
      ),
      skipped,
    };
  });
}

// ---------- loading one request for a transition ----------

interface LockedRequest {
  id: string;
  orgId: string;
  requirementId: string;
  workerId: string;
  state: RequestState;
  reserved: boolean;
  eventId: string;
  startsAt: Date;
}

/** The request row, locked so that two transitions of one request run one after the other. */
async function lockRequest(
  tx: Executor,
  requestId: string,
  orgId?: string,
): Promise<LockedRequest | undefined> {
  const [row] = await tx
    .select({
      id: laborRequests.id,
      orgId: laborRequests.orgId,
      requirementId: laborRequests.requirementId,
      workerId: laborRequests.workerId,
      state: laborRequests.state,
      reserved: laborRequests.reserved,
      eventId: callTimes.eventId,
      startsAt: callTimes.startsAt,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .where(and(eq(laborRequests.id, requestId), orgId ? eq(laborRequests.orgId, orgId) : undefined))
    .for("update", { of: laborRequests });
  return row;
}

/** A request of the org on an event the caller may staff (404 for a steward's other events). */
async function loadRequestForManager(
  tx: Executor,
  context: OrgContext,
  requestId: string,
): Promise<LockedRequest> {
  const request = await lockRequest(tx, requestId, context.orgId);
  if (!request) throw new NotFoundError("staffing.requests.requestNotFound");
  try {
    await assertEventAccess(tx, context, request.eventId, "staff");
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError("staffing.requests.requestNotFound");
    }
    throw error;
  }
  return request;
}

// ---------- places on the requirement ----------

/**
 * Takes `places` of the requirement's places in one guarded UPDATE: the row lock makes a
 * racing transaction wait and re-check the condition, so the last place goes to one of
 * them only. `firstCome` limits the take to the first-come positions. The CHECK on
 * confirmed_count is the last lock should code ever skip this.
 */
async function takePlaces(
  tx: Executor,
  requirementId: string,
  places: number,
  firstCome = false,
): Promise<boolean> {
  const rows = await tx
    .update(laborRequirements)
    .set({ confirmedCount: sql`${laborRequirements.confirmedCount} + ${places}` })
    .where(
      and(
        eq(laborRequirements.id, requirementId),
        sql`${laborRequirements.confirmedCount} + ${places} <= ${laborRequirements.needed}`,
        firstCome
          ? sql`${laborRequirements.confirmedCount} + ${places} <= ${laborRequirements.firstComePositions}`
          : undefined,
      ),
    )
    .returning({ id: laborRequirements.id });
  return rows.length > 0;
}

async function releasePlace(tx: Executor, requirementId: string): Promise<void> {
  await tx
    .update(laborRequirements)
    .set({ confirmedCount: sql`${laborRequirements.confirmedCount} - 1` })
    .where(eq(laborRequirements.id, requirementId));
}

async function setRequest(
  tx: Executor,
  requestId: string,
  values: Partial<typeof laborRequests.$inferInsert>,
): Promise<void> {
  await tx
    .update(laborRequests)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(laborRequests.id, requestId));
}

function invalidTransition(state: RequestState, action: string): never {
  throw new ConflictError("staffing.requests.invalidTransition", { state, action });
}

// ---------- sending (the seam for the SMS job) ----------

/**
 * Marks queued requests as sent once their text has gone out; requests that left `queued`
 * meanwhile (withdrawn, answered on the web, canceled) are left alone. Returns the ids
 * marked. Runs in the sending job's transaction, next to its `sendSms` call.
 */
export async function markRequestsSent(
  tx: Executor,
  requestIds: string[],
  now: Date = new Date(),
): Promise<string[]> {
  if (requestIds.length === 0) return [];
  const rows = await tx
    .update(laborRequests)
    .set({ state: "sent", sentAt: now, updatedAt: now })
    .where(and(inArray(laborRequests.id, requestIds), eq(laborRequests.state, "queued")))
    .returning({ id: laborRequests.id });
  return rows.map((row) => row.id);
}

// ---------- the worker's answer ----------

export type Answer = "yes" | "no";

/** States in which a worker's answer is taken; a yes may follow an earlier no. */
const ANSWERABLE: readonly RequestState[] = ["queued", "sent", "available", "declined"];

export interface AnswerOutcome {
  requestId: string;
  state: RequestState;
}

/**
 * The one state machine for a worker's answer, used by every channel (link page, SMS
 * reply, web, API, manager). Runs in the caller's transaction, which must see the request's
 * org (a tenant scope, or the system scope for a token lookup).
 *
 * - no → declined;
 * - yes on a reserved request → confirmed while the requirement has a free place;
 * - yes otherwise → confirmed while first-come places remain;
 * - a yes that finds no place leaves the request available (the manager may confirm later).
 */
export async function answerRequest(
  tx: Executor,
  requestId: string,
  answer: Answer,
  channel: TAnswerChannel,
  now: Date = new Date(),
): Promise<AnswerOutcome> {
  const request = await lockRequest(tx, requestId);
  if (!request) throw new NotFoundError("staffing.requests.requestNotFound");
  return applyAnswer(tx, request, answer, channel, now);
}

async function applyAnswer(
  tx: Executor,
  request: LockedRequest,
  answer: Answer,
  channel: TAnswerChannel,
  now: Date,
): Promise<AnswerOutcome> {
  if (!ANSWERABLE.includes(request.state)) invalidTransition(request.state, answer);
  const answered = { answerChannel: channel, answeredAt: now };
  if (answer === "no") {
    await setRequest(tx, request.id, { ...answered, state: "declined" });
    return { requestId: request.id, state: "declined" };
  }
  // A reserved worker takes any free place; others only the first-come ones. When the
  // place is gone the yes still counts: the worker stays available for the manager.
  const autoConfirmed = await takePlaces(tx, request.requirementId, 1, !request.reserved);
  const state = autoConfirmed ? "confirmed" : "available";
  await setRequest(tx, request.id, {
    ...answered,
    state,
    confirmedAt: autoConfirmed ? now : null,
  });
  return { requestId: request.id, state };
}

// ---------- manager actions ----------

export type ManagerAction = "confirm" | "decline" | "cancel" | "no-show" | "showed-up";

const CANCELABLE: readonly RequestState[] = ["confirmed", "available", "sent", "queued"];
const CONFIRMABLE: readonly RequestState[] = ["queued", "sent", "available"];
const DECLINABLE: readonly RequestState[] = ["queued", "sent", "available"];

async function applyManagerAction(
  tx: Executor,
  request: LockedRequest,
  action: ManagerAction,
  now: Date,
): Promise<void> {
  const manager = { answerChannel: "manager" as const };
  switch (action) {
    case "confirm": {
      if (!CONFIRMABLE.includes(request.state)) invalidTransition(request.state, action);
      if (!(await takePlaces(tx, request.requirementId, 1))) {
        throw new ConflictError("staffing.requests.requirementFull");
      }
      await setRequest(tx, request.id, {
        ...manager,
        state: "confirmed",
        answeredAt: now,
        confirmedAt: now,
      });
      return;
    }
    case "decline": {
      if (!DECLINABLE.includes(request.state)) invalidTransition(request.state, action);
      await setRequest(tx, request.id, { ...manager, state: "declined", answeredAt: now });
      return;
    }
    case "cancel": {
      if (!CANCELABLE.includes(request.state)) invalidTransition(request.state, action);
      if (request.state === "confirmed") {
        await releasePlace(tx, request.requirementId);
        const lateBefore = request.startsAt.getTime() - LATE_CANCELLATION_HOURS * 3_600_000;
        if (now.getTime() >= lateBefore) {
          await tx
            .update(workers)
            .set({ lateCancellationCount: sql`${workers.lateCancellationCount} + 1` })
            .where(eq(workers.id, request.workerId));
        }
      }
      await setRequest(tx, request.id, { ...manager, state: "canceled", canceledAt: now });
      return;
    }
    case "no-show": {
      if (request.state !== "confirmed") invalidTransition(request.state, action);
      // The place is freed: the person is not there, and a replacement may be confirmed.
      await releasePlace(tx, request.requirementId);
      await tx
        .update(workers)
        .set({ noCallNoShowCount: sql`${workers.noCallNoShowCount} + 1` })
        .where(eq(workers.id, request.workerId));
      await setRequest(tx, request.id, { ...manager, state: "no_call_no_show", noShowAt: now });
      return;
    }
    case "showed-up": {
      if (request.state !== "no_call_no_show") invalidTransition(request.state, action);
      if (!(await takePlaces(tx, request.requirementId, 1))) {
        throw new ConflictError("staffing.requests.requirementFull");
      }
      await tx
        .update(workers)
        .set({ noCallNoShowCount: sql`greatest(${workers.noCallNoShowCount} - 1, 0)` })
        .where(eq(workers.id, request.workerId));
      await setRequest(tx, request.id, { ...manager, state: "confirmed", noShowAt: null });
      return;
    }
  }
}

/** A manager's (or the event's steward's) transition of one request. */
export async function actOnRequest(
  context: OrgContext,
  requestId: string,
  action: ManagerAction,
  now: Date = new Date(),
): Promise<TLaborRequest> {
  assertCan(context, "staffing.requests.write");
  return withTenant(context, async (tx) => {
    const request = await loadRequestForManager(tx, context, requestId);
    await applyManagerAction(tx, request, action, now);
    const [dto] = await findRequests(tx, context.orgId, [requestId]);
    return dto!;
  });
}

/** Withdraws a request that has not been sent yet (409 once it has). */
export async function deleteRequest(
  context: OrgContext,
  requestId: string,
): Promise<{ id: string }> {
  assertCan(context, "staffing.requests.write");
  return withTenant(context, async (tx) => {
    const request = await loadRequestForManager(tx, context, requestId);
    if (request.state !== "queued") {
      throw new ConflictError("staffing.requests.notQueued", { state: request.state });
    }
    await tx.delete(laborRequests).where(eq(laborRequests.id, requestId));
    return { id: requestId };
  });
}

/**
 * Confirms several requests of one requirement at once, all or nothing: every request must
 * be confirmable (409) and the places must suffice for all of them (409).
 */
export async function confirmRequests(
  context: OrgContext,
  requirementId: string,
  input: TBulkConfirm,
  now: Date = new Date(),
): Promise<TLaborRequest[]> {
  assertCan(context, "staffing.requests.write");
  const requestIds = [...new Set(input.requestIds)];
  return withTenant(context, async (tx) => {
    await loadRequirementForRequests(tx, context, requirementId, "staff");
    const rows = await tx
      .select({ id: laborRequests.id, state: laborRequests.state })
      .from(laborRequests)
      .where(
        and(
          eq(laborRequests.orgId, context.orgId),
          eq(laborRequests.requirementId, requirementId),
          inArray(laborRequests.id, requestIds),
        ),
      )
      .for("update");
    const byId = new Map(rows.map((row) => [row.id, row]));
    const fieldErrors: Record<string, string[]> = {};
    input.requestIds.forEach((requestId, index) => {
      if (!byId.has(requestId)) {
        fieldErrors[`requestIds.${index}`] = ["staffing.requests.validation.requestNotFound"];
      }
    });
    if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);
    const unconfirmable = rows.find((row) => !CONFIRMABLE.includes(row.state));
    if (unconfirmable) invalidTransition(unconfirmable.state, "confirm");
    if (!(await takePlaces(tx, requirementId, requestIds.length))) {
      throw new ConflictError("staffing.requests.notEnoughPlaces", { count: requestIds.length });
    }
    await tx
      .update(laborRequests)
      .set({
        state: "confirmed",
        answerChannel: "manager",
        answeredAt: now,
        confirmedAt: now,
        updatedAt: now,
      })
      .where(inArray(laborRequests.id, requestIds));
    return findRequests(tx, context.orgId, requestIds);
  });
}
