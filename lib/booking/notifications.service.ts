import { and, desc, eq, isNull, type SQL } from "drizzle-orm";
import { userNotifications } from "@/db/schema/booking";
import { NotFoundError } from "@/lib/errors";
import { withUserScope } from "@/lib/tenancy/scope";
import { announceInboxChange } from "./live";
import type { TInboxNotification, TInboxQuery } from "./notifications.schemas";

/**
 * A person's in-app inbox (user_notifications): what notifyPeople wrote for them, as a
 * customer or as a business member. Row-level security keeps it to their own rows; the
 * filters below say so again.
 */

function filters(userId: string, query: Pick<TInboxQuery, "unread" | "orgId">): SQL {
  const conditions: SQL[] = [eq(userNotifications.userId, userId)];
  if (query.unread) conditions.push(isNull(userNotifications.readAt));
  if (query.orgId === "none") conditions.push(isNull(userNotifications.orgId));
  else if (query.orgId) conditions.push(eq(userNotifications.orgId, query.orgId));
  return and(...conditions)!;
}

export async function listInbox(userId: string, query: TInboxQuery) {
  return withUserScope(userId, async (tx) => {
    const where = filters(userId, query);
    const total = await tx.$count(userNotifications, where);
    const rows = await tx
      .select()
      .from(userNotifications)
      .where(where)
      .orderBy(desc(userNotifications.createdAt), desc(userNotifications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const items: TInboxNotification[] = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      link: row.link,
      orgId: row.orgId,
      bookingId: row.bookingId,
      readAt: row.readAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    }));
    return { items, meta: { page: query.page, pageSize: query.pageSize, total } };
  });
}

export async function countUnread(userId: string): Promise<{ unread: number }> {
  return withUserScope(userId, async (tx) => ({
    unread: await tx.$count(userNotifications, filters(userId, { unread: true })),
  }));
}

/** Marks one notice read; someone else's (or an unknown id) is a 404. */
export async function markRead(userId: string, id: string, now = new Date()) {
  return withUserScope(userId, async (tx) => {
    const [found] = await tx
      .select({ readAt: userNotifications.readAt })
      .from(userNotifications)
      .where(and(eq(userNotifications.id, id), eq(userNotifications.userId, userId)));
    if (!found) throw new NotFoundError("booking.notifications.notFound");
    if (found.readAt) return { count: 0 };
    await tx.update(userNotifications).set({ readAt: now }).where(eq(userNotifications.id, id));
    await announceInboxChange(tx, [userId]);
    return { count: 1 };
  });
}

export async function markAllRead(userId: string, now = new Date()) {
  return withUserScope(userId, async (tx) => {
    const marked = await tx
      .update(userNotifications)
      .set({ readAt: now })
      .where(filters(userId, { unread: true }))
      .returning({ id: userNotifications.id });
    if (marked.length > 0) await announceInboxChange(tx, [userId]);
    return { count: marked.length };
  });
}
