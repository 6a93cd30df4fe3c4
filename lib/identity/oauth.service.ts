import { and, eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { oauthAccounts, users } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { getLogger } from "@/lib/logging/logger";
import { findActiveUserByEmail, findActiveUserById, type UserRow } from "./users.queries";

/** What a provider told us about the person signing in. */
export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email?: string | null;
  /** Only a provider-verified address may join an existing account. */
  emailVerified: boolean;
  name?: string | null;
}

/**
 * The user an OAuth sign-in belongs to: the one already linked to this provider account;
 * else (when `linkToUserId` is given, from account settings) the signed-in user; else an
 * existing account with the same provider-verified, already-verified email; else a new
 * account. An existing account whose email was never verified is not joined: whoever
 * registered it may not own the address.
 */
export async function resolveOAuthUser(
  identity: OAuthIdentity,
  options: { linkToUserId?: string } = {},
  db: Executor = getDb(),
): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .select({ userId: oauthAccounts.userId })
      .from(oauthAccounts)
      .where(
        and(
          eq(oauthAccounts.provider, identity.provider),
          eq(oauthAccounts.providerAccountId, identity.providerAccountId),
        ),
      );
    if (linked) {
      if (options.linkToUserId && options.linkToUserId !== linked.userId) {
        throw new ConflictError("identity.oauthLinkedElsewhere");
      }
      const user = await findActiveUserById(linked.userId, tx);
      if (user) return user;
      throw new ConflictError("identity.oauthLinkedElsewhere");
    }

    const email = identity.email?.trim() || null;
    let user: UserRow | undefined;
    if (options.linkToUserId) {
      user = await findActiveUserById(options.linkToUserId, tx);
    } else if (email) {
      const existing = await findActiveUserByEmail(email, tx);
      if (existing && (!identity.emailVerified || !existing.emailVerifiedAt)) {
        throw new ConflictError("identity.oauthEmailInUse");
      }
      user = existing;
    }
    if (!user) {
      const [created] = await tx
        .insert(users)
        .values({
          email: identity.emailVerified ? email : null,
          emailVerifiedAt: identity.emailVerified && email ? new Date() : null,
          name: identity.name?.trim() || email?.split("@")[0] || "",
        })
        .returning();
      user = created!;
    }
    const inserted = await tx
      .insert(oauthAccounts)
      .values({
        userId: user.id,
        provider: identity.provider,
        providerAccountId: identity.providerAccountId,
        email,
      })
      .onConflictDoNothing()
      .returning({ id: oauthAccounts.id });
    if (inserted.length === 0) throw new ConflictError("identity.oauthProviderAlreadyLinked");
    getLogger().info({ userId: user.id, provider: identity.provider }, "oauth account linked");
    return user;
  });
}

/** Connected providers for account settings. */
export async function listOAuthAccounts(userId: string, db: Executor = getDb()) {
  return db
    .select({
      id: oauthAccounts.id,
      provider: oauthAccounts.provider,
      email: oauthAccounts.email,
      createdAt: oauthAccounts.createdAt,
    })
    .from(oauthAccounts)
    .where(eq(oauthAccounts.userId, userId));
}

/** Disconnect a provider, unless it is the only way left to sign in. */
export async function unlinkOAuthAccount(user: UserRow, provider: string, db: Executor = getDb()) {
  return db.transaction(async (tx) => {
    const accounts = await listOAuthAccounts(user.id, tx);
    const canSignInOtherwise = Boolean(user.passwordHash) || Boolean(user.phoneVerifiedAt);
    if (accounts.length <= 1 && !canSignInOtherwise) {
      throw new ConflictError("identity.oauthLastSignInMethod");
    }
    await tx
      .delete(oauthAccounts)
      .where(and(eq(oauthAccounts.userId, user.id), eq(oauthAccounts.provider, provider)));
  });
}
