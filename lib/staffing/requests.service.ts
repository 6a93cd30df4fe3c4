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
import { announce, type StaffingChange } from "./live";
import { sendCancellationNotices, sendConfirmationNotices } from "./notices";
import {
  NOTIFICATION_CHANGE,
  type NotificationInput,
  recordNotifications,
} from "./notifications.service";
import { newRequestSecrets } from "./request-codes";
import { findRequests, loadRequirementForRequests } from "./requests.queries";
import type { RequirementCopies } from "./call-times.service";
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
    if (inserted.length > 0) {
      await announce(tx, context.orgId, {
        kind: "request",
        eventId: requirement.eventId,
        callTimeId: requirement.callTimeId,
        requirementId,
      });
    }
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
  callTimeId: string;
  startsAt: Date;
}

/** The live change of one request, for `announce`. */
function requestChange(request: LockedRequest): StaffingChange {
  return {
    kind: "request",
    eventId: request.eventId,
    callTimeId: request.callTimeId,
    requirementId: request.requirementId,
    requestId: request.id,
  };
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
      callTimeId: callTimes.id,
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
  await announceRequirements(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => row.id);
}

/**
 * Announces a change of many requests as one change per requirement they belong to (the
 * screens refetch a requirement's counts, not single rows), once per org.
 */
async function announceRequirements(
  tx: Executor,
  requestIds: string[],
  ...extra: StaffingChange[]
): Promise<void> {
  if (requestIds.length === 0) return;
  const rows = await tx
    .selectDistinct({
      orgId: laborRequests.orgId,
      requirementId: laborRequests.requirementId,
      callTimeId: callTimes.id,
      eventId: callTimes.eventId,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .where(inArray(laborRequests.id, requestIds));
  const byOrg = new Map<string, StaffingChange[]>();
  for (const { orgId, ...ids } of rows) {
    byOrg.set(orgId, [...(byOrg.get(orgId) ?? []), { kind: "request", ...ids }]);
  }
  for (const [orgId, changes] of byOrg) await announce(tx, orgId, ...changes, ...extra);
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
 *
 * In the same transaction: the confirmation text when the answer confirmed the worker, a
 * notification for the manager when the worker (not the manager, channel `manager`) moved
 * the request to a new state, and the live announcement.
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
  let state: "declined" | "confirmed" | "available";
  if (answer === "no") {
    state = "declined";
    await setRequest(tx, request.id, { ...answered, state });
  } else {
    // A reserved worker takes any free place; others only the first-come ones. When the
    // place is gone the yes still counts: the worker stays available for the manager.
    const autoConfirmed = await takePlaces(tx, request.requirementId, 1, !request.reserved);
    state = autoConfirmed ? "confirmed" : "available";
    await setRequest(tx, request.id, {
      ...answered,
      state,
      confirmedAt: autoConfirmed ? now : null,
    });
    if (autoConfirmed) await sendConfirmationNotices(tx, [request.id]);
  }
  const notify = channel !== "manager" && state !== request.state;
  if (notify) await recordNotifications(tx, [{ kind: state, requestId: request.id }]);
  await announce(
    tx,
    request.orgId,
    requestChange(request),
    ...(notify ? [NOTIFICATION_CHANGE] : []),
  );
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
      await sendConfirmationNotices(tx, [request.id]);
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
      // Only a worker who expects to come (confirmed) or may still be asked (available) is
      // told; a queued or sent request just stops.
      if (request.state === "confirmed" || request.state === "available") {
        await sendCancellationNotices(tx, [request.id]);
      }
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
    await announce(tx, context.orgId, requestChange(request));
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
    await announce(tx, context.orgId, requestChange(request));
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
    const { requirement } = await loadRequirementForRequests(tx, context, requirementId, "staff");
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
    await sendConfirmationNotices(tx, requestIds);
    await announce(tx, context.orgId, {
      kind: "request",
      eventId: requirement.eventId,
      callTimeId: requirement.callTimeId,
      requirementId,
    });
    return findRequests(tx, context.orgId, requestIds);
  });
}

// ---------- many requests at once: copies, canceled events, auto-withdraw ----------

/** Requests that still count on the worker: re-queued on a copy, canceled with the event. */
const OPEN_STATES: readonly RequestState[] = ["queued", "sent", "available", "confirmed"];

/**
 * Re-queues the same workers on copied requirements (workflow 6, copy call time): each
 * worker whose request on the original was still open (queued, sent, available or
 * confirmed; not declined, canceled or a no-show) gets a new `queued` request with new
 * link secrets and the same reserved flag, while they are active and still do the labor
 * type. Nothing is sent: the manager sends the copy when ready.
 */
export async function requeueCopiedRequests(
  tx: Executor,
  orgId: string,
  copies: RequirementCopies,
): Promise<number> {
  if (copies.length === 0) return 0;
  const copyOf = new Map(copies.map((copy) => [copy.fromId, copy.toId]));
  const originals = await tx
    .select({
      requirementId: laborRequests.requirementId,
      workerId: laborRequests.workerId,
      reserved: laborRequests.reserved,
    })
    .from(laborRequests)
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(
      workerLaborTypes,
      and(
        eq(workerLaborTypes.workerId, workers.id),
        eq(workerLaborTypes.laborTypeId, laborRequirements.laborTypeId),
      ),
    )
    .where(
      and(
        eq(laborRequests.orgId, orgId),
        inArray(laborRequests.requirementId, [...copyOf.keys()]),
        inArray(laborRequests.state, [...OPEN_STATES]),
        eq(workers.active, true),
      ),
    );
  if (originals.length === 0) return 0;
  const inserted = await tx
    .insert(laborRequests)
    .values(
      originals.map((original) => ({
        orgId,
        requirementId: copyOf.get(original.requirementId)!,
        workerId: original.workerId,
        reserved: original.reserved,
        ...newRequestSecrets(),
      })),
    )
    .onConflictDoNothing({ target: [laborRequests.requirementId, laborRequests.workerId] })
    .returning({ id: laborRequests.id });
  return inserted.length;
}

/**
 * Cancels every open request of a canceled event (workflow 6) and frees their places.
 * Not a late cancellation for anyone: the event was called off, not the worker. Returns
 * the canceled requests and, among them, those whose worker must be told (confirmed or
 * available: they expect to come or may still be asked).
 */
export async function cancelEventRequests(
  tx: Executor,
  orgId: string,
  eventId: string,
  now: Date = new Date(),
): Promise<{ canceledIds: string[]; toTellIds: string[] }> {
  const open = await tx
    .select({
      id: laborRequests.id,
      state: laborRequests.state,
      requirementId: laborRequests.requirementId,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .where(
      and(
        eq(laborRequests.orgId, orgId),
        eq(callTimes.eventId, eventId),
        inArray(laborRequests.state, [...OPEN_STATES]),
      ),
    )
    .for("update", { of: laborRequests });
  if (open.length === 0) return { canceledIds: [], toTellIds: [] };
  const canceledIds = open.map((request) => request.id);
  await tx
    .update(laborRequests)
    .set({ state: "canceled", answerChannel: "manager", canceledAt: now, updatedAt: now })
    .where(inArray(laborRequests.id, canceledIds));
  const placesFreed = new Map<string, number>();
  for (const request of open) {
    if (request.state !== "confirmed") continue;
    placesFreed.set(request.requirementId, (placesFreed.get(request.requirementId) ?? 0) + 1);
  }
  for (const [requirementId, places] of placesFreed) {
    await tx
      .update(laborRequirements)
      .set({ confirmedCount: sql`${laborRequirements.confirmedCount} - ${places}` })
      .where(eq(laborRequirements.id, requirementId));
  }
  return {
    canceledIds,
    toTellIds: open
      .filter((request) => request.state === "confirmed" || request.state === "available")
      .map((request) => request.id),
  };
}

/**
 * Auto-withdraw (workflow 7): the org's requests still `sent` (never answered) whose call
 * time starts within `hours` from `now` (and has not started) become `canceled` with no
 * answer channel, each with a `canceled` notification for the manager, so the next worker
 * can be asked. The guarded UPDATE re-checks the state under the row lock: an answer that
 * commits first wins, and a second run finds nothing left to withdraw.
 */
export async function withdrawUnansweredRequests(
  tx: Executor,
  orgId: string,
  hours: number,
  now: Date,
): Promise<string[]> {
  const horizon = new Date(now.getTime() + hours * 3_600_000);
  const rows = await tx
    .update(laborRequests)
    .set({ state: "canceled", answerChannel: null, canceledAt: now, updatedAt: now })
    .where(
      and(
        eq(laborRequests.orgId, orgId),
        eq(laborRequests.state, "sent"),
        inArray(
          laborRequests.requirementId,
          tx
            .select({ id: laborRequirements.id })
            .from(laborRequirements)
            .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
            .where(
              and(
                eq(laborRequirements.orgId, orgId),
                sql`${callTimes.startsAt} > ${now.toISOString()}::timestamptz`,
                sql`${callTimes.startsAt} <= ${horizon.toISOString()}::timestamptz`,
              ),
            ),
        ),
      ),
    )
    .returning({ id: laborRequests.id });
  const withdrawn = rows.map((row) => row.id);
  if (withdrawn.length === 0) return [];
  await recordNotifications(
    tx,
    withdrawn.map((requestId): NotificationInput => ({ kind: "canceled", requestId })),
  );
  await announceRequirements(tx, withdrawn, NOTIFICATION_CHANGE);
  return withdrawn;
}
