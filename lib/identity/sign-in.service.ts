import { eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/security/rate-limit";
import { redeemDigitCode } from "./one-time-codes";
import { verifyPassword } from "./passwords";
import { invalidCodeErrors, normalizePhone } from "./phone.service";
import { verifySecondFactor } from "./two-factor.service";
import { findActiveUserByEmail, findActiveUserByPhone, type UserRow } from "./users.queries";

/**
 * The second step for accounts with two-factor on: without a code the answer names the
 * `otp` field, so clients know to ask for it and send the same request again.
 */
async function requireSecondFactor(
  user: UserRow,
  otp: string | undefined,
  db: Executor = getDb(),
): Promise<void> {
  if (!user.totpSecret || !user.totpEnabledAt) return;
  if (!otp) {
    throw new UnauthorizedError("identity.twoFactorRequired", undefined, {
      otp: ["identity.twoFactorRequired"],
    });
  }
  await verifySecondFactor(user, otp, db);
}

/**
 * Email + password (+ authenticator code) → the user, for the API and the browser alike.
 * Unknown email and wrong password answer the same; an unverified address is refused only
 * after the password is right, so it tells nothing to someone guessing.
 */
export async function verifyPasswordSignIn(
  input: { email: string; password: string; otp?: string },
  meta: { ip?: string | null },
): Promise<UserRow> {
  await consumeRateLimits([
    [RATE_LIMITS.loginPerIp, meta.ip],
    [RATE_LIMITS.loginPerAccount, input.email.trim()],
  ]);
  const user = await findActiveUserByEmail(input.email.trim());
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) throw new UnauthorizedError("identity.invalidCredentials");
  if (!user.emailVerifiedAt) throw new ForbiddenError("identity.emailNotVerified");
  await requireSecondFactor(user, input.otp);
  return user;
}

/**
 * Register or sign in with a phone and the code texted to it: a new number creates the
 * account (named `name`), a known one signs in; either way the phone counts as verified.
 * With two-factor on, the account also needs `otp`; the SMS code stays usable until then.
 */
export async function verifyPhoneSignIn(
  input: { phone: string; code: string; name?: string; otp?: string },
  meta: { ip?: string | null },
): Promise<UserRow> {
  const phone = normalizePhone(input.phone);
  await consumeRateLimits([
    [RATE_LIMITS.loginPerIp, meta.ip],
    [RATE_LIMITS.loginPerAccount, phone],
  ]);
  const result = await redeemDigitCode(
    { purpose: "phone_sign_in", target: phone, userId: null },
    input.code,
    async (_code, tx) => {
      const existing = await findActiveUserByPhone(phone, tx);
      if (existing) {
        await requireSecondFactor(existing, input.otp, tx);
        if (existing.phoneVerifiedAt) return existing;
        const [verified] = await tx
          .update(users)
          .set({ phoneVerifiedAt: new Date(), updatedAt: new Date() })
          .where(eq(users.id, existing.id))
          .returning();
        return verified!;
      }
      const [created] = await tx
        .insert(users)
        .values({ phone, phoneVerifiedAt: new Date(), name: input.name?.trim() ?? "" })
        .returning();
      return created!;
    },
  );
  if (!result.ok) throw new UnauthorizedError("identity.invalidCode", undefined, invalidCodeErrors);
  return result.value;
}
