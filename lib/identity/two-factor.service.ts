import { and, eq, isNull } from "drizzle-orm";
import { verify } from "otplib";
import { type Executor, getDb } from "@/db/client";
import { recoveryCodes } from "@/db/schema";
import { UnauthorizedError } from "@/lib/errors";
import { hashToken, openSecret } from "./crypto";
import type { UserRow } from "./users.queries";

/** One 30-second step either side, for phones whose clocks drift a little. */
const EPOCH_TOLERANCE_SECONDS = 30;

/** Whether a 6-digit authenticator code fits a base32 secret now. */
export async function isValidTotp(secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const result = await verify({ secret, token: code, epochTolerance: EPOCH_TOLERANCE_SECONDS });
  return result.valid;
}

/** Recovery codes are shown as `xxxxx-xxxxx`; people type them with or without the dash. */
export function normalizeRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s-]/g, "");
}

/**
 * The second step of signing in for a user with two-factor on: an authenticator code, or
 * one of their unused recovery codes (which is then spent). Throws 401 with an `otp` field
 * error otherwise.
 */
export async function verifySecondFactor(
  user: UserRow,
  code: string,
  db: Executor = getDb(),
): Promise<void> {
  if (!user.totpSecret || !user.totpEnabledAt) return;
  if (await isValidTotp(openSecret(user.totpSecret), code.trim())) return;
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, user.id),
        eq(recoveryCodes.codeHash, hashToken(normalizeRecoveryCode(code))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  if (spent.length === 0) {
    throw new UnauthorizedError("identity.invalidOtp", undefined, { otp: ["identity.invalidOtp"] });
  }
}
