import { timingSafeEqual } from "node:crypto";
import { and, desc, eq, gt, isNull, lt } from "drizzle-orm";
import { type Executor, getDb, type Transaction } from "@/db/client";
import { type ONE_TIME_CODE_PURPOSES, oneTimeCodes } from "@/db/schema";
import { hashToken, randomDigits, randomToken } from "./crypto";

export type OneTimeCodePurpose = (typeof ONE_TIME_CODE_PURPOSES)[number];
export type OneTimeCodeRow = typeof oneTimeCodes.$inferSelect;

const MINUTE_MS = 60 * 1000;
export const SMS_CODE_TTL_MS = 10 * MINUTE_MS;
export const VERIFY_EMAIL_TTL_MS = 24 * 60 * MINUTE_MS;
export const RESET_LINK_TTL_MS = 60 * MINUTE_MS;
/** Wrong guesses a code survives; the fifth kills it, even for the right code after. */
export const CODE_MAX_ATTEMPTS = 5;

/** Who a code is for: the address it went to and, when known, the account. */
export interface CodeTarget {
  purpose: OneTimeCodePurpose;
  /** The email address or E.164 phone the code is sent to. */
  target: string;
  userId?: string | null;
}

/**
 * SMS codes are short, so two people can get the same six digits: their hash is bound to
 * where the code went, which keeps hashes unique and a code useless for another target.
 */
function digitCodeHash(
  purpose: OneTimeCodePurpose,
  target: string,
  userId: string | null,
  code: string,
): string {
  return hashToken(`${purpose}:${target}:${userId ?? ""}:${code}`);
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const userCondition = (userId: string | null | undefined) =>
  userId ? eq(oneTimeCodes.userId, userId) : isNull(oneTimeCodes.userId);

/** The newest code replaces every earlier one for the same purpose, target and account. */
async function storeCode(
  target: CodeTarget,
  codeHash: string,
  ttlMs: number,
  db: Executor,
): Promise<void> {
  await db
    .delete(oneTimeCodes)
    .where(
      and(
        eq(oneTimeCodes.purpose, target.purpose),
        eq(oneTimeCodes.target, target.target),
        userCondition(target.userId),
      ),
    );
  await db.insert(oneTimeCodes).values({
    purpose: target.purpose,
    target: target.target,
    userId: target.userId ?? null,
    codeHash,
    expiresAt: new Date(Date.now() + ttlMs),
  });
}

/** A long random token for an emailed link; only its hash is stored. */
export async function issueLinkToken(
  target: CodeTarget,
  ttlMs: number,
  db: Executor = getDb(),
): Promise<string> {
  const token = randomToken();
  await storeCode(target, hashToken(token), ttlMs, db);
  return token;
}

/** A 6-digit code for an SMS (10 minutes); only its hash is stored. */
export async function issueDigitCode(target: CodeTarget, db: Executor = getDb()): Promise<string> {
  const code = randomDigits(6);
  await storeCode(
    target,
    digitCodeHash(target.purpose, target.target, target.userId ?? null, code),
    SMS_CODE_TTL_MS,
    db,
  );
  return code;
}

type Redeemed<T> = { ok: true; value: T } | { ok: false };

/**
 * Spends an emailed link's token and runs `effect` in the same transaction, so a failing
 * effect leaves the token usable. Null when the token is unknown, used or expired.
 */
export async function redeemLinkToken<T>(
  purpose: OneTimeCodePurpose,
  token: string,
  effect: (code: OneTimeCodeRow, tx: Transaction) => Promise<T>,
): Promise<Redeemed<T>> {
  return getDb().transaction(async (tx) => {
    const [code] = await tx
      .select()
      .from(oneTimeCodes)
      .where(
        and(
          eq(oneTimeCodes.codeHash, hashToken(token)),
          eq(oneTimeCodes.purpose, purpose),
          isNull(oneTimeCodes.consumedAt),
          gt(oneTimeCodes.expiresAt, new Date()),
        ),
      )
      .for("update");
    if (!code) return { ok: false };
    await tx
      .update(oneTimeCodes)
      .set({ consumedAt: new Date() })
      .where(eq(oneTimeCodes.id, code.id));
    return { ok: true, value: await effect(code, tx) };
  });
}

/**
 * Checks an SMS code against the newest live one for the target. A wrong guess is counted
 * (and committed, even though the caller then answers with an error); the right one is
 * spent in the same transaction as `effect`, so a failing effect leaves it usable.
 */
export async function redeemDigitCode<T>(
  target: CodeTarget,
  code: string,
  effect: (code: OneTimeCodeRow, tx: Transaction) => Promise<T>,
): Promise<Redeemed<T>> {
  return getDb().transaction(async (tx) => {
    const [live] = await tx
      .select()
      .from(oneTimeCodes)
      .where(
        and(
          eq(oneTimeCodes.purpose, target.purpose),
          eq(oneTimeCodes.target, target.target),
          target.userId === undefined ? undefined : userCondition(target.userId),
          isNull(oneTimeCodes.consumedAt),
          gt(oneTimeCodes.expiresAt, new Date()),
          lt(oneTimeCodes.attempts, CODE_MAX_ATTEMPTS),
        ),
      )
      .orderBy(desc(oneTimeCodes.createdAt))
      .limit(1)
      .for("update");
    if (!live) return { ok: false };
    const expected = digitCodeHash(live.purpose, live.target, live.userId, code.trim());
    if (!sameHash(expected, live.codeHash)) {
      await tx
        .update(oneTimeCodes)
        .set({ attempts: live.attempts + 1 })
        .where(eq(oneTimeCodes.id, live.id));
      return { ok: false };
    }
    await tx
      .update(oneTimeCodes)
      .set({ consumedAt: new Date() })
      .where(eq(oneTimeCodes.id, live.id));
    return { ok: true, value: await effect(live, tx) };
  });
}

/** After a password change, links and codes sent earlier must not reset it again. */
export async function discardCodes(
  userId: string,
  purpose: OneTimeCodePurpose,
  db: Executor = getDb(),
): Promise<void> {
  await db
    .delete(oneTimeCodes)
    .where(and(eq(oneTimeCodes.userId, userId), eq(oneTimeCodes.purpose, purpose)));
}
