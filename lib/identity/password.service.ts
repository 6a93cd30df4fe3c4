import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { authSessions, users } from "@/db/schema";
import { appUrl } from "@/lib/config/env";
import { RateLimitError, ValidationError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/translator";
import { getLogger } from "@/lib/logging/logger";
import { sendEmail, sendSms } from "@/lib/messaging";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/security/rate-limit";
import {
  discardCodes,
  issueDigitCode,
  issueLinkToken,
  redeemDigitCode,
  redeemLinkToken,
  RESET_LINK_TTL_MS,
} from "./one-time-codes";
import { hashPassword, verifyPassword } from "./passwords";
import { invalidCodeErrors, normalizePhone } from "./phone.service";
import type { TChangePasswordInput, TForgotPasswordInput, TResetPasswordInput } from "./schemas";
import { revokeAllSessions } from "./sessions.service";
import { findActiveUserByEmail, findActiveUserById, findActiveUserByPhone } from "./users.queries";

/**
 * "Forgot password" by email (a 1-hour link) or phone (a 6-digit SMS code, 10 minutes).
 * Unknown accounts get the same answer and the same rate limits, so the form cannot be
 * used to find out who has an account.
 */
export async function requestPasswordReset(
  input: TForgotPasswordInput,
  meta: { ip?: string | null },
): Promise<void> {
  if (input.phone !== undefined) return requestResetByPhone(normalizePhone(input.phone), meta);
  const email = input.email!.trim();
  await consumeRateLimits([
    [RATE_LIMITS.passwordResetPerIp, meta.ip],
    [RATE_LIMITS.passwordResetPerAccount, email],
  ]);
  const user = await findActiveUserByEmail(email);
  if (!user) return;
  await getDb().transaction(async (tx) => {
    const token = await issueLinkToken(
      { purpose: "reset_password", target: user.email!, userId: user.id },
      RESET_LINK_TTL_MS,
      tx,
    );
    await sendEmail(
      {
        to: user.email!,
        template: "reset-password",
        props: {
          name: user.name,
          url: `${appUrl()}/reset-password?token=${encodeURIComponent(token)}`,
          expiresInMinutes: RESET_LINK_TTL_MS / 60_000,
        },
        locale: user.locale,
        related: { type: "user", id: user.id },
      },
      tx,
    );
  });
}

async function requestResetByPhone(phone: string, meta: { ip?: string | null }): Promise<void> {
  await consumeRateLimits([
    [RATE_LIMITS.passwordResetPerIp, meta.ip],
    [RATE_LIMITS.passwordResetPerAccount, phone],
    [RATE_LIMITS.smsCodesPerPhonePerDay, phone],
  ]);
  const user = await findActiveUserByPhone(phone);
  if (!user) return;
  try {
    await getDb().transaction(async (tx) => {
      const code = await issueDigitCode(
        { purpose: "reset_password", target: phone, userId: user.id },
        tx,
      );
      await sendSms(
        {
          to: phone,
          body: getTranslator(user.locale, "sms")("identity.resetCode", { code }),
          template: "password-reset-code",
          locale: user.locale,
          related: { type: "user", id: user.id },
        },
        tx,
      );
    });
  } catch (error) {
    // The SMS module's own daily cap: a 429 here would tell that the number has an account.
    if (!(error instanceof RateLimitError)) throw error;
    getLogger().warn({ userId: user.id }, "password reset SMS refused by the daily SMS cap");
  }
}

/** New password in place: every session and refresh token dies, every other reset code too. */
async function replacePassword(userId: string, passwordHash: string, tx: Executor) {
  await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
  await revokeAllSessions(userId, "password_reset", tx);
  await discardCodes(userId, "reset_password", tx);
}

/**
 * Sets a new password with the emailed link's token, or with a phone and its SMS code. All
 * sessions are revoked; the link also proves the email address, the code the phone.
 */
export async function resetPassword(
  input: TResetPasswordInput,
  meta: { ip?: string | null },
): Promise<void> {
  const phone = input.phone === undefined ? undefined : normalizePhone(input.phone);
  await consumeRateLimits([
    [RATE_LIMITS.passwordResetPerIp, meta.ip],
    [RATE_LIMITS.passwordResetPerAccount, phone],
  ]);
  const passwordHash = await hashPassword(input.password);
  if (phone === undefined) {
    const result = await redeemLinkToken("reset_password", input.token!, async (code, tx) => {
      const [user] = await tx
        .update(users)
        .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
        .where(
          and(eq(users.id, code.userId!), eq(users.email, code.target), isNull(users.deletedAt)),
        )
        .returning({ id: users.id });
      if (user) await replacePassword(user.id, passwordHash, tx);
      return user;
    });
    if (!result.ok || !result.value)
      throw new ValidationError({ token: ["identity.invalidToken"] });
    return;
  }
  const result = await redeemDigitCode(
    { purpose: "reset_password", target: phone },
    input.code!,
    async (code, tx) => {
      const [user] = await tx
        .update(users)
        .set({ phoneVerifiedAt: sql`coalesce(${users.phoneVerifiedAt}, now())` })
        .where(and(eq(users.id, code.userId!), eq(users.phone, phone), isNull(users.deletedAt)))
        .returning({ id: users.id });
      if (user) await replacePassword(user.id, passwordHash, tx);
      return user;
    },
  );
  if (!result.ok || !result.value) throw new ValidationError(invalidCodeErrors);
}

/**
 * A signed-in user changes their password: the current one is required when the account
 * has one (phone-only accounts set their first). Every other device is signed out; the
 * one making the change stays signed in.
 */
export async function changePassword(
  viewer: { userId: string; sessionId: string | null },
  input: TChangePasswordInput,
): Promise<void> {
  const user = await findActiveUserById(viewer.userId);
  if (!user) throw new ValidationError({ currentPassword: ["identity.wrongPassword"] });
  if (user.passwordHash) {
    await consumeRateLimits([[RATE_LIMITS.loginPerAccount, `user:${user.id}`]]);
    if (!input.currentPassword) {
      throw new ValidationError({ currentPassword: ["validation.required"] });
    }
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new ValidationError({ currentPassword: ["identity.wrongPassword"] });
    }
  }
  const passwordHash = await hashPassword(input.newPassword);
  await getDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await tx
      .update(authSessions)
      .set({ revokedAt: new Date(), revokedReason: "password_changed" })
      .where(
        and(
          eq(authSessions.userId, user.id),
          isNull(authSessions.revokedAt),
          viewer.sessionId ? ne(authSessions.id, viewer.sessionId) : undefined,
        ),
      );
    await discardCodes(user.id, "reset_password", tx);
  });
}
