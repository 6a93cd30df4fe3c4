import { and, eq, gt, isNull, lt } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { authSessions, users } from "@/db/schema";
import { readAccessToken } from "./access-tokens";
import type { UserRow } from "./users.queries";

/** The signed-in person behind a request, and the device session they use. */
export interface Viewer {
  user: UserRow;
  sessionId: string;
}

const TOUCH_AFTER_MS = 5 * 60 * 1000;

/**
 * The viewer of a live session: one query that also refuses revoked or expired sessions
 * and deleted users, so logout and "sign out everywhere" take effect at the next request.
 */
export async function viewerForSession(
  claims: { userId: string; sessionId: string },
  db: Executor = getDb(),
): Promise<Viewer | null> {
  const [found] = await db
    .select({ user: users, lastUsedAt: authSessions.lastUsedAt })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(
      and(
        eq(authSessions.id, claims.sessionId),
        eq(authSessions.userId, claims.userId),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, new Date()),
        isNull(users.deletedAt),
      ),
    );
  if (!found) return null;
  if (Date.now() - found.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    // At most one write per session every few minutes keeps "last used" useful and cheap.
    await db
      .update(authSessions)
      .set({ lastUsedAt: new Date() })
      .where(
        and(
          eq(authSessions.id, claims.sessionId),
          lt(authSessions.lastUsedAt, new Date(Date.now() - TOUCH_AFTER_MS)),
        ),
      );
  }
  return { user: found.user, sessionId: claims.sessionId };
}

/** `Authorization: Bearer <access token>` → viewer, or null when absent or not valid. */
export async function viewerFromBearer(request: Request): Promise<Viewer | null> {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) return null;
  const claims = await readAccessToken(match[1]!);
  return claims ? viewerForSession(claims) : null;
}
