import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { eventStewards, events } from "@/db/schema/staffing";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCan, can, type OrgContext } from "@/lib/tenancy";

/**
 * Workflow 11 in one place: managers (and above) reach every event of the org; a steward
 * only the events assigned to them, and any other event is as if it did not exist (404).
 *
 * - "read": see the event and everything under it;
 * - "staff": also add and change call times and labor — refused (409) once the event is
 *   canceled or completed.
 */
export type EventAccess = "read" | "staff";

export interface AccessibleEvent {
  id: string;
  status: (typeof events.$inferSelect)["status"];
}

/** Whether the caller sees every event of the org (not only assigned ones). */
export function seesAllEvents(context: OrgContext): boolean {
  return can(context.role, "staffing.events.write");
}

/** The filter that limits an events query to what the caller may see. */
export function visibleEventsFilter(context: OrgContext): SQL {
  const inOrg = eq(events.orgId, context.orgId);
  if (seesAllEvents(context)) return inOrg;
  return and(
    inOrg,
    sql`exists (select 1 from ${eventStewards} where ${eventStewards.eventId} = ${events.id} and ${eventStewards.userId} = ${context.userId})`,
  )!;
}

export async function assertEventAccess(
  tx: Executor,
  context: OrgContext,
  eventId: string,
  access: EventAccess,
): Promise<AccessibleEvent> {
  assertCan(context, "staffing.read");
  const [event] = await tx
    .select({ id: events.id, status: events.status })
    .from(events)
    .where(and(eq(events.id, eventId), visibleEventsFilter(context)));
  if (!event) throw new NotFoundError("staffing.events.eventNotFound");
  if (access === "staff" && (event.status === "canceled" || event.status === "completed")) {
    throw new ConflictError("staffing.events.eventClosed");
  }
  return event;
}

/** Runs an event access check, answering 404 with the caller's own key. */
export async function assertAccessAs(
  tx: Executor,
  context: OrgContext,
  eventId: string,
  access: EventAccess,
  notFoundKey: string,
): Promise<void> {
  try {
    await assertEventAccess(tx, context, eventId, access);
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError(notFoundKey);
    throw error;
  }
}
