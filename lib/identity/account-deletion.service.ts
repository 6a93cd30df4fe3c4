import { eq, inArray, sql } from "drizzle-orm";
import {
  devices,
  memberships,
  oauthAccounts,
  oneTimeCodes,
  organizations,
  pushSubscriptions,
  recoveryCodes,
  users,
} from "@/db/schema";
import { ConflictError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { getLogger } from "@/lib/logging/logger";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/security/rate-limit";
import { deleteFile } from "@/lib/storage";
import { withSystemScope } from "@/lib/tenancy/scope";
import { verifyPassword } from "./passwords";
import type { TDeleteAccountInput } from "./schemas";
import { revokeAllSessions } from "./sessions.service";
import { findActiveUserById } from "./users.queries";

/** What a deleted account is called wherever its business records still show it. */
export const DELETED_USER_NAME = "Deleted user";

/**
 * Deletes an account by anonymising it: personal data, sign-in methods, devices and
 * memberships go; the row (and so its id on messages, bookings, shifts…) stays. An org
 * they alone belong to goes with them; an org where they are the last owner of other
 * members is a 409 until they hand it over.
 */
export async function deleteAccount(userId: string, input: TDeleteAccountInput): Promise<void> {
  const user = await findActiveUserById(userId);
  if (!user) throw new UnauthorizedError();
  if (user.passwordHash) {
    await consumeRateLimits([[RATE_LIMITS.loginPerAccount, `user:${user.id}`]]);
    if (!input.password) throw new ValidationError({ password: ["validation.required"] });
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      throw new ValidationError({ password: ["identity.wrongPassword"] });
    }
  }

  // Memberships are tenant rows: the user's orgs and their other members cross tenants.
  await withSystemScope(async (tx) => {
    const mine = await tx
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .where(eq(memberships.userId, userId));
    const orgIds = mine.map((row) => row.orgId).sort();
    // Locking the org rows makes two owners deleting themselves at once take turns, so
    // the second one sees that it is now the last owner.
    if (orgIds.length > 0) {
      await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(inArray(organizations.id, orgIds))
        .orderBy(organizations.id)
        .for("update");
    }
    const orgs = await tx
      .select({
        orgId: memberships.orgId,
        name: organizations.name,
        role: memberships.role,
        others: sql<number>`(select count(*) from memberships other
          where other.org_id = ${memberships.orgId} and other.user_id <> ${userId})`.mapWith(
          Number,
        ),
        otherOwners: sql<number>`(select count(*) from memberships other
          where other.org_id = ${memberships.orgId} and other.user_id <> ${userId}
            and other.role = 'owner')`.mapWith(Number),
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, userId));

    const stranded = orgs.find(
      (org) => org.role === "owner" && org.others > 0 && org.otherOwners === 0,
    );
    if (stranded) throw new ConflictError("identity.lastOwner", { org: stranded.name });

    const alone = orgs.filter((org) => org.others === 0).map((org) => org.orgId);
    if (alone.length > 0) await tx.delete(organizations).where(inArray(organizations.id, alone));
    await tx.delete(memberships).where(eq(memberships.userId, userId));

    await tx
      .update(users)
      .set({
        name: DELETED_USER_NAME,
        email: null,
        emailVerifiedAt: null,
        passwordHash: null,
        phone: null,
        phoneVerifiedAt: null,
        company: null,
        jobTitle: null,
        avatarKey: null,
        latitude: null,
        longitude: null,
        totpSecret: null,
        totpEnabledAt: null,
        isPlatformAdmin: false,
        notifyEmail: false,
        notifySms: false,
        notifyPush: false,
        deletedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await tx.delete(oauthAccounts).where(eq(oauthAccounts.userId, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
    await tx.delete(devices).where(eq(devices.userId, userId));
    await tx.delete(oneTimeCodes).where(eq(oneTimeCodes.userId, userId));
    await revokeAllSessions(userId, "account_deleted", tx);
  });

  // The picture goes once the row no longer points at it; a leftover file is only logged.
  if (user.avatarKey) {
    await deleteFile(user.avatarKey).catch((error: unknown) =>
      getLogger().warn({ err: error, userId }, "could not delete a deleted user's avatar"),
    );
  }
}
