import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  staffingNotifications,
  workers,
} from "@/db/schema/staffing";
import { ValidationError } from "@/lib/errors";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { visibleEventsFilter } from "./event-access";
import { announce, type StaffingChange } from "./live";
import { notificationFallback } from "./notice-texts";
import type { TMarkNotificationsRead, TNotificationKind } from "./notifications.schemas";

/**
 * The manager's bell (workflow 5). A notification records what a WORKER did (answered a
 * request from the link, an SMS reply, /work or the API; answered a time change) or what a
 * JOB did on the manager's behalf (auto-withdraw). A manager's or steward's own clicks
 * create none: they made the change and see it on the screen they made it on.
 *
 * Read state is the org's (one `read_at` per notification, as the table has it): whoever
 * reads a notification reads it for the whole team, like a shared inbox.
 */

/** What `recordNotifications` needs per request; everything else comes from the request. */
export interface NotificationInput {
  kind: TNotificationKind;
  requestId: string;
  /** Shown quoted in the fallback text (a worker's note on a time change). */
  detail?: string | null;
}

/** The change to announce with the transaction's other changes, once notifications exist. */
export const NOTIFICATION_CHANGE: StaffingChange = { kind: "notification" };

/**
 * Stores notifications in the caller's transaction (which must see the requests' org: a
 * tenant scope or the system scope). Returns how many were stored; the caller announces
 * `NOTIFICATION_CHANGE` with its own changes, so the transaction announces once.
 */
export async function recordNotifications(
  tx: Executor,
  inputs: NotificationInput[],
): Promise<number> {
  if (inputs.length === 0) return 0;
  const rows = await tx
    .select({
      requestId: laborRequests.id,
      orgId: laborRequests.orgId,
      eventId: events.id,
      worker: workers.name,
      event: events.name,
      callTime: callTimes.name,
      laborType: laborTypes.name,
    })
    .from(laborRequests)
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .where(
      inArray(
        laborRequests.id,
        inputs.map((input) => input.requestId),
      ),
    );
  const byId = new Map(rows.map((row) => [row.requestId, row]));
  const values = inputs.flatMap((input) => {
    const row = byId.get(input.requestId);
    if (!row) return [];
    return [
      {
        orgId: row.orgId,
        kind: input.kind,
        requestId: row.requestId,
        eventId: row.eventId,
        message: notificationFallback(input.kind, row, input.detail),
      },
    ];
  });
  if (values.length === 0) return 0;
  await tx.insert(staffingNotifications).values(values);
  return values.length;
}

/** Notifications of the org on events the caller may see (a steward: theirs only). */
export function visibleNotifications(context: OrgContext) {
  return and(
    eq(staffingNotifications.orgId, context.orgId),
    sql`${staffingNotifications.eventId} in (select ${events.id} from ${events} where ${visibleEventsFilter(context)})`,
  )!;
}

/**
 * Marks the given notifications (or all the caller sees) read. An id the caller cannot see
 * (another org's, another steward's event) refuses the whole call with 422 on that item.
 */
export async function markNotificationsRead(
  context: OrgContext,
  input: TMarkNotificationsRead | "all",
): Promise<{ count: number }> {
  assertCan(context, "staffing.read");
  const ids = input === "all" || input.all ? null : [...new Set(input.ids ?? [])];
  return withTenant(context, async (tx) => {
    if (ids) {
      const found = await tx
        .select({ id: staffingNotifications.id })
        .from(staffingNotifications)
        .where(and(visibleNotifications(context), inArray(staffingNotifications.id, ids)));
      const visible = new Set(found.map((row) => row.id));
      const fieldErrors: Record<string, string[]> = {};
      (input as TMarkNotificationsRead).ids!.forEach((id, index) => {
        if (!visible.has(id)) {
          fieldErrors[`ids.${index}`] = ["staffing.notifications.validation.notFound"];
        }
      });
      if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);
    }
    const rows = await tx
      .update(staffingNotifications)
      .set({ readAt: new Date() })
      .where(
        and(
          visibleNotifications(context),
          isNull(staffingNotifications.readAt),
          ids ? inArray(staffingNotifications.id, ids) : undefined,
        ),
      )
      .returning({ id: staffingNotifications.id });
    if (rows.length > 0) await announce(tx, context.orgId, NOTIFICATION_CHANGE);
    return { count: rows.length };
  });
}

/** Deletes every notification the caller sees (a steward clears their events' only). */
export async function clearNotifications(context: OrgContext): Promise<{ count: number }> {
  assertCan(context, "staffing.read");
  return withTenant(context, async (tx) => {
    const rows = await tx
      .delete(staffingNotifications)
      .where(visibleNotifications(context))
      .returning({ id: staffingNotifications.id });
    if (rows.length > 0) await announce(tx, context.orgId, NOTIFICATION_CHANGE);
    return { count: rows.length };
  });
}
