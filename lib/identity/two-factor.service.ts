import { randomInt } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { type Executor, getDb } from "@/db/client";
import { recoveryCodes, users } from "@/db/schema";
import {
  ConflictError,
  type FieldErrors,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
} from "@/lib/errors";
import { consumeRateLimit, type RateLimitRule } from "@/lib/security/rate-limit";
import { hashToken, openSecret, sealSecret } from "./crypto";
import { verifyPassword } from "./passwords";
import type { TTwoFactorSetup } from "./two-factor.schemas";
import type { UserRow } from "./users.queries";

/** One 30-second step either side, for phones whose clocks drift a little. */
const EPOCH_TOLERANCE_SECONDS = 30;

/** The name authenticator apps show above the account. */
const ISSUER = "Callboard";

export const RECOVERY_CODE_COUNT = 10;

/** Crockford's base32 in lowercase: no i, l, o or u, so nothing reads as something else. */
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * Guesses at codes while signed in (enable, disable, new recovery codes). A million codes
 * and a 90-second window make 10 tries per quarter hour hopeless for an attacker holding a
 * stolen session, and plenty for a person mistyping.
 */
export const TWO_FACTOR_ATTEMPTS: RateLimitRule = {
  name: "totp:account",
  limit: 10,
  windowSeconds: 15 * 60,
};

/** Whether a 6-digit authenticator code fits a base32 secret now. */
export async function isValidTotp(secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const result = await verify({ secret, token: code, epochTolerance: EPOCH_TOLERANCE_SECONDS });
  return result.valid;
}

/**
 * Recovery codes are shown as `xxxxx-xxxxx`; people type them with or without the dash, in
 * any case, and may read 0 as o or 1 as l/i, which the alphabet never contains.
 */
export function normalizeRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
}

function generateRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(32)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/**
 * An authenticator code for the sealed secret, or else one of the user's unused recovery
 * codes, which this spends (inside the caller's transaction, so a refusal later undoes it).
 */
async function acceptSecondFactor(
  userId: string,
  sealedSecret: string,
  code: string,
  db: Executor,
): Promise<boolean> {
  if (await isValidTotp(openSecret(sealedSecret), code.trim())) return true;
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashToken(normalizeRecoveryCode(code))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent.length > 0;
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
  if (await acceptSecondFactor(user.id, user.totpSecret, code, db)) return;
  throw new UnauthorizedError("identity.invalidOtp", undefined, { otp: ["identity.invalidOtp"] });
}

/** The user's two-factor columns, locked until the transaction ends. */
async function lockTwoFactorState(tx: Executor, userId: string) {
  const [row] = await tx
    .select({
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .for("update");
  if (!row) throw new NotFoundError();
  return row;
}

/** Kills every earlier recovery code and stores 10 new ones, hashed; returns them in clear. */
async function replaceRecoveryCodes(tx: Executor, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashToken(normalizeRecoveryCode(code)) })));
  return codes;
}

const invalidCode = (): FieldErrors => ({ code: ["security.invalidCode"] });

/**
 * Starts two-factor set-up: a new secret, stored sealed but not yet in force, as a QR code
 * and otpauth URL for the authenticator app. Running it again before enabling replaces the
 * secret (a lost QR code is no dead end); once enabled it answers 409.
 */
export async function setupTwoFactor(
  user: UserRow,
  db: Executor = getDb(),
): Promise<TTwoFactorSetup> {
  const secret = generateSecret();
  const label = user.email ?? user.phone ?? user.name;
  const otpauthUrl = generateURI({ issuer: ISSUER, label, secret });
  const [updated] = await db
    .update(users)
    .set({ totpSecret: sealSecret(secret), updatedAt: new Date() })
    .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt), isNull(users.deletedAt)))
    .returning({ id: users.id });
  if (!updated) throw new ConflictError("security.twoFactorAlreadyEnabled");
  const qrCodeDataUrl = await QRCode.toDataURL(otpauthUrl, {
    errorCorrectionLevel: "M",
    margin: 2,
    width: 256,
  });
  return { secret, otpauthUrl, qrCodeDataUrl };
}

/**
 * Turns two-factor on once the user proves the app shows the right codes. Returns the 10
 * recovery codes, the only time they exist in clear.
 */
export async function enableTwoFactor(
  user: UserRow,
  code: string,
  db: Executor = getDb(),
): Promise<string[]> {
  await consumeRateLimit(TWO_FACTOR_ATTEMPTS, user.id, db);
  return db.transaction(async (tx) => {
    const state = await lockTwoFactorState(tx, user.id);
    if (state.totpEnabledAt) throw new ConflictError("security.twoFactorAlreadyEnabled");
    if (!state.totpSecret) throw new ConflictError("security.twoFactorNotSetUp");
    if (!(await isValidTotp(openSecret(state.totpSecret), code.trim()))) {
      throw new ValidationError(invalidCode(), "security.invalidCode");
    }
    await tx
      .update(users)
      .set({ totpEnabledAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, user.id));
    return replaceRecoveryCodes(tx, user.id);
  });
}

/**
 * Turns two-factor off. Takes both factors: the password (accounts without one — phone or
 * OAuth only — skip it) and an authenticator or recovery code. Wrong answers are 422, not
 * 401: the caller is signed in, and clients treat 401 as "sign in again".
 */
export async function disableTwoFactor(
  user: UserRow,
  input: { password?: string | null; code: string },
  db: Executor = getDb(),
): Promise<void> {
  await consumeRateLimit(TWO_FACTOR_ATTEMPTS, user.id, db);
  await db.transaction(async (tx) => {
    const state = await lockTwoFactorState(tx, user.id);
    if (!state.totpEnabledAt || !state.totpSecret) {
      throw new ConflictError("security.twoFactorNotEnabled");
    }
    const errors: FieldErrors = {};
    if (state.passwordHash) {
      if (!input.password) errors.password = ["security.passwordRequired"];
      else if (!(await verifyPassword(state.passwordHash, input.password))) {
        errors.password = ["security.wrongPassword"];
      }
    }
    // Any error rolls the transaction back, so a recovery code is not spent for nothing.
    if (!(await acceptSecondFactor(user.id, state.totpSecret, input.code, tx))) {
      errors.code = ["security.invalidSecondFactor"];
    }
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  });
}

/**
 * A fresh set of 10 recovery codes for someone who used or lost theirs; the old set stops
 * working. Needs a current authenticator code (not a recovery code: this is for people who
 * still have their app).
 */
export async function regenerateRecoveryCodes(
  user: UserRow,
  code: string,
  db: Executor = getDb(),
): Promise<string[]> {
  await consumeRateLimit(TWO_FACTOR_ATTEMPTS, user.id, db);
  return db.transaction(async (tx) => {
    const state = await lockTwoFactorState(tx, user.id);
    if (!state.totpEnabledAt || !state.totpSecret) {
      throw new ConflictError("security.twoFactorNotEnabled");
    }
    if (!(await isValidTotp(openSecret(state.totpSecret), code.trim()))) {
      throw new ValidationError(invalidCode(), "security.invalidCode");
    }
    return replaceRecoveryCodes(tx, user.id);
  });
}
