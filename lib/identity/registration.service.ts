import { and, eq, isNull, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { appUrl } from "@/lib/config/env";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { sendEmail } from "@/lib/messaging";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/security/rate-limit";
import { issueLinkToken, redeemLinkToken, VERIFY_EMAIL_TTL_MS } from "./one-time-codes";
import { hashPassword } from "./passwords";
import type { TRegisterInput, TUser } from "./schemas";
import { isUniqueViolation } from "@/db/errors";
import { findActiveUserByEmail, toUserDto, type UserRow } from "./users.queries";

const emailTaken = () =>
  new ConflictError("identity.emailTaken", undefined, { email: ["identity.emailTaken"] });

/** Emails a fresh single-use verification link (24 h); earlier links stop working. */
async function sendVerificationEmail(
  user: Pick<UserRow, "id" | "email" | "name" | "locale">,
  db: Executor,
): Promise<void> {
  const email = user.email!;
  const token = await issueLinkToken(
    { purpose: "verify_email", target: email, userId: user.id },
    VERIFY_EMAIL_TTL_MS,
    db,
  );
  await sendEmail(
    {
      to: email,
      template: "verify-email",
      props: {
        name: user.name,
        url: `${appUrl()}/verify-email?token=${encodeURIComponent(token)}`,
        expiresInHours: VERIFY_EMAIL_TTL_MS / 3_600_000,
      },
      locale: user.locale,
      related: { type: "user", id: user.id },
    },
    db,
  );
}

/**
 * Sign-up with email and password. The account cannot sign in until the emailed link is
 * followed; the email is queued in the same transaction as the account.
 */
export async function registerWithEmail(
  input: TRegisterInput,
  context: { ip?: string | null; locale: Locale },
): Promise<TUser> {
  await consumeRateLimits([[RATE_LIMITS.registerPerIp, context.ip]]);
  if (await findActiveUserByEmail(input.email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          email: input.email,
          passwordHash,
          name: input.name ?? "",
          locale: input.locale ?? context.locale,
        })
        .returning();
      await sendVerificationEmail(user!, tx);
      return toUserDto(user!);
    });
  } catch (error) {
    // Two sign-ups with one address at once: the unique index lets only one through.
    if (isUniqueViolation(error, "users_email_key")) throw emailTaken();
    throw error;
  }
}

/** Follows the emailed link: marks the address verified and spends the token. */
export async function verifyEmail(token: string): Promise<TUser> {
  const result = await redeemLinkToken("verify_email", token, async (code, tx) => {
    const [user] = await tx
      .update(users)
      .set({
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
        updatedAt: new Date(),
      })
      // The link is for the address it was sent to; a changed address needs a new one.
      .where(and(eq(users.id, code.userId!), eq(users.email, code.target), isNull(users.deletedAt)))
      .returning();
    return user;
  });
  if (!result.ok || !result.value) {
    throw new ValidationError({ token: ["identity.invalidToken"] });
  }
  return toUserDto(result.value);
}

/**
 * Sends a new verification link to an unverified account. Answers the same whether or not
 * the account exists (the caller says "if it exists, we sent it"), so it reveals nothing.
 */
export async function resendVerificationEmail(
  email: string,
  context: { ip?: string | null },
): Promise<void> {
  await consumeRateLimits([
    [RATE_LIMITS.codeRequestPerIp, context.ip],
    [RATE_LIMITS.resendVerificationPerAccount, email],
  ]);
  const user = await findActiveUserByEmail(email);
  if (!user || user.emailVerifiedAt) return;
  await getDb().transaction((tx) => sendVerificationEmail(user, tx));
}
