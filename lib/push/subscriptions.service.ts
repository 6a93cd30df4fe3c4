import { and, desc, eq, inArray, notInArray } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { TPushSubscription, TPushSubscriptionInput } from "./schemas";

/** Older subscriptions beyond this are dropped: one user's pushes fan out to each. */
export const MAX_PUSH_SUBSCRIPTIONS_PER_USER = 10;

/**
 * Saves the browser's subscription for the user. An endpoint is one browser profile: if it
 * was someone else's (they signed out, this user signed in), it moves to this user.
 */
export async function savePushSubscription(
  userId: string,
  input: TPushSubscriptionInput,
  userAgent: string | null,
): Promise<TPushSubscription> {
  return getDb().transaction(async (tx) => {
    const values = {
      userId,
      p256dh: input.keys.p256dh,
      auth: input.keys.auth,
      userAgent: userAgent?.slice(0, 500) ?? null,
    };
    const [row] = await tx
      .insert(pushSubscriptions)
      .values({ ...values, endpoint: input.endpoint })
      .onConflictDoUpdate({
        target: pushSubscriptions.endpoint,
        set: { ...values, createdAt: new Date() },
      })
      .returning();
    const keep = tx
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId))
      .orderBy(desc(pushSubscriptions.createdAt))
      .limit(MAX_PUSH_SUBSCRIPTIONS_PER_USER);
    await tx
      .delete(pushSubscriptions)
      .where(and(eq(pushSubscriptions.userId, userId), notInArray(pushSubscriptions.id, keep)));
    return { id: row!.id, endpoint: row!.endpoint, createdAt: row!.createdAt.toISOString() };
  });
}

/** Forgets the caller's subscription for `endpoint`; another user's answers 404. */
export async function removePushSubscription(userId: string, endpoint: string): Promise<void> {
  const removed = await getDb()
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  if (removed.length === 0) throw new NotFoundError("push.subscriptionNotFound");
}

/** The push service said the subscription is gone (404/410): nothing will reach it again. */
export async function forgetPushSubscriptions(ids: string[], db: Executor = getDb()) {
  if (ids.length === 0) return;
  await db.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, ids));
}

export async function markPushSubscriptionsUsed(ids: string[], db: Executor = getDb()) {
  if (ids.length === 0) return;
  await db
    .update(pushSubscriptions)
    .set({ lastUsedAt: new Date() })
    .where(inArray(pushSubscriptions.id, ids));
}
