import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events } from "@/db/schema/staffing";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { loadCallTime } from "./call-times.queries";
import { assertEventAccess } from "./event-access";
import { announce } from "./live";
import { loadRequirementForRequests } from "./requests.queries";
import { countSendable } from "./sending.queries";
import { enqueueSend } from "./sending.queue";
import type { SendScope, TSendingState, TSendResult } from "./sending.schemas";

/** The event a scope belongs to, after the caller's access check (404 outside their reach). */
async function eventOfScope(tx: Executor, context: OrgContext, scope: SendScope) {
  if ("eventId" in scope) {
    await assertEventAccess(tx, context, scope.eventId, "staff");
    return scope.eventId;
  }
  if ("callTimeId" in scope) {
    return (await loadCallTime(tx, context, scope.callTimeId, "staff")).callTime.eventId;
  }
  return (await loadRequirementForRequests(tx, context, scope.requirementId, "staff")).requirement
    .eventId;
}

/**
 * Sends the queued requests of an event, a call time or a requirement: it only enqueues the
 * send job (in this transaction) and answers at once with what is queued; the job texts
 * each worker once per event.
 *
 * Sending is the manager's "send all at once": on a paused event it lifts the pause first,
 * so everything queued in the scope goes out (queued requests elsewhere in the event wait
 * for their own send).
 */
export async function sendQueuedRequests(
  context: OrgContext,
  scope: SendScope,
  now: Date = new Date(),
): Promise<TSendResult> {
  assertCan(context, "staffing.requests.write");
  return withTenant(context, async (tx) => {
    const eventId = await eventOfScope(tx, context, scope);
    const resumed = await updatePause(tx, context.orgId, eventId, false);
    const counts = await countSendable(tx, context.orgId, scope, now);
    if (counts.queuedRequests > 0) await enqueueSend(tx, context.orgId, scope);
    return { ...counts, resumed };
  });
}

/**
 * Pauses (or resumes) texting for an event while its roster is edited. While paused, no
 * send job texts anything for it: its requests stay queued. Resuming sends nothing by
 * itself; the next send does (and a send on a paused event resumes it).
 */
export async function setSendingPaused(
  context: OrgContext,
  eventId: string,
  paused: boolean,
): Promise<TSendingState> {
  assertCan(context, "staffing.requests.write");
  return withTenant(context, async (tx) => {
    await assertEventAccess(tx, context, eventId, "staff");
    await updatePause(tx, context.orgId, eventId, paused);
    return { eventId, sendingPaused: paused };
  });
}

/** Sets the flag; true (and a live update) only when it changed. */
async function updatePause(
  tx: Executor,
  orgId: string,
  eventId: string,
  paused: boolean,
): Promise<boolean> {
  const changed = await tx
    .update(events)
    .set({ sendingPaused: paused, updatedAt: new Date() })
    .where(and(eq(events.orgId, orgId), eq(events.id, eventId), eq(events.sendingPaused, !paused)))
    .returning({ id: events.id });
  if (changed.length === 0) return false;
  await announce(tx, orgId, { kind: "event", eventId });
  return true;
}
