import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/config/env";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { sendSms } from "@/lib/messaging";
import { toE164 } from "@/lib/messaging/sms/phone";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/security/rate-limit";
import { issueDigitCode, redeemDigitCode } from "./one-time-codes";
import type { TPhoneVerifyInput, TUser } from "./schemas";
import { isUniqueViolation } from "@/db/errors";
import { toUserDto } from "./users.queries";

/** A typed phone number in E.164, or a 422 on `field` when it is not a real number. */
export function normalizePhone(input: string, field = "phone"): string {
  const phone = toE164(input, env().SMS_DEFAULT_COUNTRY);
  if (!phone) throw new ValidationError({ [field]: ["validation.phone"] });
  return phone;
}

export const invalidCodeErrors = { code: ["identity.invalidCode"] };

const phoneTaken = () =>
  new ConflictError("identity.phoneTaken", undefined, { phone: ["identity.phoneTaken"] });

/** Limits every SMS code request shares: per IP, per phone, and per phone per day. */
export function consumeSmsCodeLimits(phone: string, ip: string | null | undefined) {
  return consumeRateLimits([
    [RATE_LIMITS.codeRequestPerIp, ip],
    [RATE_LIMITS.codeRequestPerTarget, phone],
    [RATE_LIMITS.smsCodesPerPhonePerDay, phone],
  ]);
}

/**
 * Texts a 6-digit code (10 minutes, 5 attempts). Signed out, it is a sign-in code, which
 * also creates the account for a new number; signed in (`userId`), it confirms that
 * number for that user.
 */
export async function requestPhoneCode(
  input: { phone: string },
  context: { userId?: string | null; ip?: string | null; locale: Locale },
): Promise<void> {
  const phone = normalizePhone(input.phone);
  await consumeSmsCodeLimits(phone, context.ip);
  const userId = context.userId ?? null;
  const purpose = userId ? "phone_verify" : "phone_sign_in";
  await getDb().transaction(async (tx) => {
    const code = await issueDigitCode({ purpose, target: phone, userId }, tx);
    const t = getTranslator(context.locale, "sms");
    await sendSms(
      {
        to: phone,
        body: t(userId ? "identity.verifyCode" : "identity.signInCode", { code }),
        template: userId ? "phone-verify-code" : "phone-sign-in-code",
        locale: context.locale,
        related: userId ? { type: "user", id: userId } : undefined,
      },
      tx,
    );
  });
}

/**
 * Sets a signed-in user's phone to a number they proved they hold (first phone or a
 * change). A number another account holds is a 409, and the code stays usable.
 */
export async function verifyPhone(userId: string, input: TPhoneVerifyInput): Promise<TUser> {
  const phone = normalizePhone(input.phone);
  try {
    const result = await redeemDigitCode(
      { purpose: "phone_verify", target: phone, userId },
      input.code,
      async (_code, tx) => {
        const [holder] = await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.phone, phone), ne(users.id, userId), isNull(users.deletedAt)));
        if (holder) throw phoneTaken();
        const [user] = await tx
          .update(users)
          .set({ phone, phoneVerifiedAt: new Date(), updatedAt: new Date() })
          .where(and(eq(users.id, userId), isNull(users.deletedAt)))
          .returning();
        return user!;
      },
    );
    if (!result.ok) throw new ValidationError(invalidCodeErrors);
    return toUserDto(result.value);
  } catch (error) {
    if (isUniqueViolation(error, "users_phone_key")) throw phoneTaken();
    throw error;
  }
}
