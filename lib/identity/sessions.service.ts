import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { authSessions, refreshTokens } from "@/db/schema";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { getLogger } from "@/lib/logging/logger";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from "./access-tokens";
import { hashToken, randomToken } from "./crypto";
import type { TAuthTokens, TSession } from "./schemas";
import { toUserDto, type UserRow } from "./users.queries";

const DAY_MS = 24 * 60 * 60 * 1000;
export const REFRESH_TOKEN_TTL_MS = 14 * DAY_MS;
export const WEB_SESSION_TTL_MS = 30 * DAY_MS;

/** What the device told us about itself, for the devices list. */
export interface DeviceInfo {
  userAgent?: string | null;
  ip?: string | null;
}

export function deviceInfoFrom(request: Request): DeviceInfo {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
    ip: forwarded || request.headers.get("x-real-ip") || null,
  };
}

export async function startSession(
  input: { userId: string; kind: "web" | "api"; method: string; device: DeviceInfo },
  db: Executor = getDb(),
): Promise<string> {
  const ttl = input.kind === "api" ? REFRESH_TOKEN_TTL_MS : WEB_SESSION_TTL_MS;
  const [row] = await db
    .insert(authSessions)
    .values({
      userId: input.userId,
      kind: input.kind,
      method: input.method,
      userAgent: input.device.userAgent ?? null,
      ip: input.device.ip ?? null,
      expiresAt: new Date(Date.now() + ttl),
    })
    .returning({ id: authSessions.id });
  return row!.id;
}

async function issueRefreshToken(sessionId: string, db: Executor): Promise<string> {
  const token = randomToken();
  await db.insert(refreshTokens).values({
    sessionId,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
  });
  return token;
}

async function tokensFor(user: UserRow, sessionId: string, refreshToken: string) {
  return {
    accessToken: await signAccessToken({ userId: user.id, sessionId }),
    refreshToken,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    user: toUserDto(user),
  };
}

/** A new API session for a user who just proved who they are. */
export async function issueApiTokens(
  user: UserRow,
  method: string,
  device: DeviceInfo,
  db: Executor = getDb(),
): Promise<TAuthTokens> {
  return db.transaction(async (tx) => {
    const sessionId = await startSession({ userId: user.id, kind: "api", method, device }, tx);
    return tokensFor(user, sessionId, await issueRefreshToken(sessionId, tx));
  });
}

/**
 * Trades a refresh token for a new pair. Each token works once: a second use means it was
 * copied, so the whole session (the token family) is revoked and both holders must sign in.
 */
export async function refreshApiTokens(
  refreshToken: string,
  loadUser: (userId: string, db: Executor) => Promise<UserRow | undefined>,
  db: Executor = getDb(),
): Promise<TAuthTokens> {
  const outcome = await db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        id: refreshTokens.id,
        rotatedAt: refreshTokens.rotatedAt,
        expiresAt: refreshTokens.expiresAt,
        sessionId: authSessions.id,
        userId: authSessions.userId,
        revokedAt: authSessions.revokedAt,
      })
      .from(refreshTokens)
      .innerJoin(authSessions, eq(authSessions.id, refreshTokens.sessionId))
      .where(eq(refreshTokens.tokenHash, hashToken(refreshToken)))
      .for("update");
    if (!found || found.revokedAt || found.expiresAt <= new Date())
      return { kind: "invalid" as const };
    if (found.rotatedAt) {
      await revokeSessionRow(found.sessionId, "refresh_token_reuse", tx);
      return { kind: "reused" as const, sessionId: found.sessionId, userId: found.userId };
    }
    const user = await loadUser(found.userId, tx);
    if (!user) return { kind: "invalid" as const };
    await tx
      .update(refreshTokens)
      .set({ rotatedAt: new Date() })
      .where(eq(refreshTokens.id, found.id));
    await tx
      .update(authSessions)
      .set({ lastUsedAt: new Date() })
      .where(eq(authSessions.id, found.sessionId));
    const next = await issueRefreshToken(found.sessionId, tx);
    return { kind: "ok" as const, tokens: await tokensFor(user, found.sessionId, next) };
  });
  if (outcome.kind === "ok") return outcome.tokens;
  if (outcome.kind === "reused") {
    getLogger().warn(
      { sessionId: outcome.sessionId, userId: outcome.userId },
      "refresh token reused: session revoked",
    );
  }
  throw new UnauthorizedError("identity.invalidRefreshToken");
}

async function revokeSessionRow(sessionId: string, reason: string, db: Executor): Promise<void> {
  await db
    .update(authSessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}

/** Logout with a refresh token: ends its session. Unknown tokens change nothing. */
export async function revokeByRefreshToken(
  refreshToken: string,
  db: Executor = getDb(),
): Promise<void> {
  const [found] = await db
    .select({ sessionId: refreshTokens.sessionId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashToken(refreshToken)));
  if (found) await revokeSessionRow(found.sessionId, "logout", db);
}

/** A user ends one of their own sessions (devices list); another user's id is a 404. */
export async function revokeOwnSession(
  userId: string,
  sessionId: string,
  db: Executor = getDb(),
): Promise<void> {
  const revoked = await db
    .update(authSessions)
    .set({ revokedAt: new Date(), revokedReason: "revoked_by_user" })
    .where(
      and(
        eq(authSessions.id, sessionId),
        eq(authSessions.userId, userId),
        isNull(authSessions.revokedAt),
      ),
    )
    .returning({ id: authSessions.id });
  if (revoked.length === 0) throw new NotFoundError("identity.sessionNotFound");
}

/** Logout everywhere, password reset and account deletion end every session at once. */
export async function revokeAllSessions(
  userId: string,
  reason: string,
  db: Executor = getDb(),
): Promise<number> {
  const revoked = await db
    .update(authSessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .returning({ id: authSessions.id });
  return revoked.length;
}

/** The devices list: live sessions, newest use first, the caller's own marked. */
export async function listSessions(
  userId: string,
  currentSessionId: string | null,
  db: Executor = getDb(),
): Promise<TSession[]> {
  const rows = await db
    .select({
      id: authSessions.id,
      kind: authSessions.kind,
      method: authSessions.method,
      userAgent: authSessions.userAgent,
      ip: authSessions.ip,
      createdAt: authSessions.createdAt,
      lastUsedAt: authSessions.lastUsedAt,
    })
    .from(authSessions)
    .where(
      and(
        eq(authSessions.userId, userId),
        isNull(authSessions.revokedAt),
        gt(authSessions.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(authSessions.lastUsedAt));
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt.toISOString(),
    current: row.id === currentSessionId,
  }));
}
