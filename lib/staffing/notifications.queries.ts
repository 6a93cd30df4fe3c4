import { and, count, desc, eq, isNull } from "drizzle-orm";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  staffingNotifications,
  workers,
} from "@/db/schema/staffing";
import type { PageMeta } from "@/lib/api/respond";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { visibleNotifications } from "./notifications.service";
import type { TNotification, TNotificationListQuery } from "./notifications.schemas";

/**
 * The bell's list, newest first, with the names a screen needs to write the line in the
 * reader's language (kind + worker + event + call time + labor type) and the request id to
 * open it. Stewards see their events' notifications only.
 */
export async function listNotifications(
  context: OrgContext,
  query: Pick<TNotificationListQuery, "unreadOnly" | "page"> & { pageSize?: number },
): Promise<{ items: TNotification[]; meta: PageMeta }> {
  assertCan(context, "staffing.read");
  const pageSize = query.pageSize ?? 20;
  return withTenant(context, async (tx) => {
    const where = and(
      visibleNotifications(context),
      query.unreadOnly ? isNull(staffingNotifications.readAt) : undefined,
    );
    const [{ total } = { total: 0 }] = await tx
      .select({ total: count() })
      .from(staffingNotifications)
      .where(where);
    const rows = await tx
      .select({
        id: staffingNotifications.id,
        kind: staffingNotifications.kind,
        requestId: staffingNotifications.requestId,
        message: staffingNotifications.message,
        readAt: staffingNotifications.readAt,
        createdAt: staffingNotifications.createdAt,
        workerId: workers.id,
        workerName: workers.name,
        eventId: events.id,
        eventName: events.name,
        callTimeId: callTimes.id,
        callTimeName: callTimes.name,
        startsAt: callTimes.startsAt,
        laborType: laborTypes.name,
      })
      .from(staffingNotifications)
      .leftJoin(events, eq(events.id, staffingNotifications.eventId))
      .leftJoin(laborRequests, eq(laborRequests.id, staffingNotifications.requestId))
      .leftJoin(workers, eq(workers.id, laborRequests.workerId))
      .leftJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
      .leftJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
      .leftJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
      .where(where)
      .orderBy(desc(staffingNotifications.createdAt), desc(staffingNotifications.id))
      .limit(pageSize)
      .offset((query.page - 1) * pageSize);
    const items = rows.map((row): TNotification => ({
      id: row.id,
      kind: row.kind,
      requestId: row.requestId,
      worker: row.workerId ? { id: row.workerId, name: row.workerName! } : null,
      event: row.eventId ? { id: row.eventId, name: row.eventName! } : null,
      callTime: row.callTimeId
        ? { id: row.callTimeId, name: row.callTimeName!, startsAt: row.startsAt!.toISOString() }
        : null,
      laborType: row.laborType,
      message: row.message,
      readAt: row.readAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    }));
    return { items, meta: { page: query.page, pageSize, total } };
  });
}

export async function unreadNotificationCount(context: OrgContext): Promise<number> {
  assertCan(context, "staffing.read");
  return withTenant(context, async (tx) => {
    const [row] = await tx
      .select({ unread: count() })
      .from(staffingNotifications)
      .where(and(visibleNotifications(context), isNull(staffingNotifications.readAt)));
    return row?.unread ?? 0;
  });
}
