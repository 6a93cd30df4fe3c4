import { eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { users } from "@/db/schema";

export const PUSH_OFF_ERROR = "The recipient turned push notifications off.";
export const NO_ACCOUNT_ERROR = "The recipient's account no longer exists.";

/**
 * Why this user must not get a push, or null when they may: their account is gone, or they
 * turned push off (users.notify_push). Checked when queuing and again when delivering.
 */
export async function pushRefusal(
  userId: string,
  db: Executor = getDb(),
): Promise<{ reason: "no-account" | "push-off"; error: string } | null> {
  const [user] = await db
    .select({ notifyPush: users.notifyPush, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.deletedAt) return { reason: "no-account", error: NO_ACCOUNT_ERROR };
  if (!user.notifyPush) return { reason: "push-off", error: PUSH_OFF_ERROR };
  return null;
}
