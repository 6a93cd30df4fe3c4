import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as disablePost } from "@/app/api/v1/me/totp/disable/route";
import { POST as enablePost } from "@/app/api/v1/me/totp/enable/route";
import { POST as recoveryCodesPost } from "@/app/api/v1/me/totp/recovery-codes/route";
import { POST as setupPost } from "@/app/api/v1/me/totp/setup/route";
import { getDb } from "@/db/client";
import { recoveryCodes } from "@/db/schema";
import { UnauthorizedError } from "@/lib/errors";
import { callApi } from "@/lib/testing/api";
import { signedInUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { openSecret } from "./crypto";
import { isValidTotp, normalizeRecoveryCode, verifySecondFactor } from "./two-factor.service";
import { findActiveUserById } from "./users.queries";

const STEP_MS = 30_000;
const RECOVERY_CODE = /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/;

// 10 s into a 30-second step, so "the previous step" and "the next step" are unambiguous.
const NOW = Math.floor(Date.now() / STEP_MS) * STEP_MS + 10_000;

beforeEach(() => {
  // Only Date: postgres.js needs real timers for its sockets.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

/** What an authenticator app would show at `atMs`. */
const codeAt = (secret: string, atMs: number) =>
  generate({ secret, epoch: Math.floor(atMs / 1000) });

/** A code that is none of the accepted ones (previous, current, next step). */
async function wrongCodeFor(secret: string): Promise<string> {
  const accepted = await Promise.all(
    [-STEP_MS, 0, STEP_MS].map((offset) => codeAt(secret, NOW + offset)),
  );
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!accepted.includes(candidate)) return candidate;
  }
}

async function freshUser(id: string) {
  return (await findActiveUserById(id))!;
}

async function storedRecoveryCodes(userId: string) {
  return getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

async function setUp(token: string): Promise<string> {
  const response = await callApi(setupPost, { token });
  expect(response.status).toBe(200);
  return response.body.data.secret;
}

/** A signed-in user with two-factor on; returns the secret and the recovery codes. */
async function userWithTwoFactor(overrides: Parameters<typeof signedInUser>[0] = {}) {
  const signedIn = await signedInUser(overrides);
  const secret = await setUp(signedIn.token);
  const enabled = await callApi(enablePost, {
    token: signedIn.token,
    body: { code: await codeAt(secret, NOW) },
  });
  expect(enabled.status).toBe(200);
  return { ...signedIn, secret, codes: enabled.body.data.recoveryCodes as string[] };
}

describe("POST /me/totp/setup", () => {
  it("returns a secret, an otpauth URL and a PNG QR code, storing the secret sealed but off", async () => {
    const { user, token } = await signedInUser();
    const response = await callApi(setupPost, { token });
    expect(response.status).toBe(200);
    const { secret, otpauthUrl, qrCodeDataUrl } = response.body.data;

    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(otpauthUrl);
    expect(url.protocol).toBe("otpauth:");
    expect(url.host).toBe("totp");
    expect(decodeURIComponent(url.pathname)).toBe(`/Callboard:${user.email}`);
    expect(url.searchParams.get("secret")).toBe(secret);
    expect(url.searchParams.get("issuer")).toBe("Callboard");
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(qrCodeDataUrl.split(",")[1], "base64");
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const row = await freshUser(user.id);
    expect(row.totpSecret).not.toContain(secret);
    expect(openSecret(row.totpSecret!)).toBe(secret);
    expect(row.totpEnabledAt).toBeNull();
  });

  it("replaces a secret not yet enabled when run again", async () => {
    const { user, token } = await signedInUser();
    const first = await setUp(token);
    const second = await setUp(token);
    expect(second).not.toBe(first);
    expect(openSecret((await freshUser(user.id)).totpSecret!)).toBe(second);
  });

  it("labels phone-only accounts with their phone number", async () => {
    const { token } = await signedInUser({
      email: null,
      passwordHash: null,
      phone: "+355691234567",
    });
    const response = await callApi(setupPost, { token });
    expect(response.body.data.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Callboard:%2B355691234567\?/);
  });

  it("answers 409 once two-factor is on, keeping the secret in force", async () => {
    const { user, token, secret } = await userWithTwoFactor();
    const response = await callApi(setupPost, { token });
    expect(response.status).toBe(409);
    expect(response.body.message).toBe(
      "Two-factor sign-in is already on. Turn it off first to set up another app.",
    );
    expect(openSecret((await freshUser(user.id)).totpSecret!)).toBe(secret);
  });
});

describe("POST /me/totp/enable", () => {
  it("refuses a wrong code with 422 and changes nothing", async () => {
    const { user, token } = await signedInUser();
    const secret = await setUp(token);
    const before = await freshUser(user.id);

    const response = await callApi(enablePost, {
      token,
      body: { code: await wrongCodeFor(secret) },
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.code).toEqual([
      "That code is not valid. Enter the current code from your authenticator app.",
    ]);
    const after = await freshUser(user.id);
    expect(after.totpEnabledAt).toBeNull();
    expect(after.totpSecret).toBe(before.totpSecret);
    expect(await storedRecoveryCodes(user.id)).toHaveLength(0);
  });

  it("refuses a malformed code with a field error, in the caller's language", async () => {
    const { token } = await signedInUser();
    await setUp(token);
    const response = await callApi(enablePost, {
      token,
      body: { code: "12ab" },
      headers: { "accept-language": "sq" },
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.code).toEqual([
      "Shkruani kodin me 6 shifra nga aplikacioni juaj i vërtetimit.",
    ]);
  });

  it("answers 409 before set-up", async () => {
    const { token } = await signedInUser();
    const response = await callApi(enablePost, { token, body: { code: "123456" } });
    expect(response.status).toBe(409);
    expect(response.body.message).toBe("Start the set-up first to get a QR code.");
  });

  it("turns two-factor on and returns 10 recovery codes, stored only as hashes", async () => {
    const { user, token } = await signedInUser();
    const secret = await setUp(token);
    // A phone whose clock runs a step behind still gets in.
    const response = await callApi(enablePost, {
      token,
      body: { code: await codeAt(secret, NOW - STEP_MS) },
    });
    expect(response.status).toBe(200);
    const codes: string[] = response.body.data.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(RECOVERY_CODE);

    const row = await freshUser(user.id);
    expect(row.totpEnabledAt?.getTime()).toBe(NOW);
    const stored = await storedRecoveryCodes(user.id);
    expect(stored).toHaveLength(10);
    const hashes = stored.map((entry) => entry.codeHash);
    for (const code of codes) {
      expect(hashes).not.toContain(code);
      expect(hashes).not.toContain(normalizeRecoveryCode(code));
    }

    const again = await callApi(enablePost, { token, body: { code: await codeAt(secret, NOW) } });
    expect(again.status).toBe(409);
  });

  it("slows down guessing: 429 with Retry-After after 10 attempts", async () => {
    const { token } = await signedInUser();
    const secret = await setUp(token);
    const wrong = await wrongCodeFor(secret);
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await callApi(enablePost, { token, body: { code: wrong } })).status).toBe(422);
    }
    const blocked = await callApi(enablePost, { token, body: { code: await codeAt(secret, NOW) } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("verifySecondFactor (the sign-in step)", () => {
  it("accepts codes from the previous, current and next 30-second step, not 2 minutes ago", async () => {
    const { user, secret } = await userWithTwoFactor();
    const row = await freshUser(user.id);
    for (const offset of [-STEP_MS, 0, STEP_MS]) {
      await expect(verifySecondFactor(row, await codeAt(secret, NOW + offset))).resolves.toBe(
        undefined,
      );
    }
    const stale = await codeAt(secret, NOW - 2 * 60_000);
    const accepted = await Promise.all(
      [-STEP_MS, 0, STEP_MS].map((offset) => codeAt(secret, NOW + offset)),
    );
    // One in a million: the old step's code equals a current one; nothing to test then.
    if (!accepted.includes(stale)) {
      await expect(verifySecondFactor(row, stale)).rejects.toBeInstanceOf(UnauthorizedError);
      expect(await isValidTotp(secret, stale)).toBe(false);
    }
  });

  it("follows the clock: the code of 2 minutes ago worked then", async () => {
    const { secret } = await userWithTwoFactor();
    const code = await codeAt(secret, NOW);
    expect(await isValidTotp(secret, code)).toBe(true);
    vi.setSystemTime(NOW + 2 * 60_000);
    const nowAccepted = await Promise.all(
      [-STEP_MS, 0, STEP_MS].map((offset) => codeAt(secret, NOW + 2 * 60_000 + offset)),
    );
    if (!nowAccepted.includes(code)) expect(await isValidTotp(secret, code)).toBe(false);
  });

  it("accepts each recovery code once, however it is typed", async () => {
    const { user, codes } = await userWithTwoFactor();
    const row = await freshUser(user.id);

    await expect(verifySecondFactor(row, codes[0]!)).resolves.toBe(undefined);
    await expect(verifySecondFactor(row, codes[0]!)).rejects.toMatchObject({
      status: 401,
      fieldErrors: { otp: ["identity.invalidOtp"] },
    });

    const shouted = ` ${codes[1]!.toUpperCase().replace("-", "")} `;
    await expect(verifySecondFactor(row, shouted)).resolves.toBe(undefined);
    await expect(verifySecondFactor(row, codes[1]!)).rejects.toBeInstanceOf(UnauthorizedError);

    const spent = (await storedRecoveryCodes(user.id)).filter((entry) => entry.usedAt !== null);
    expect(spent).toHaveLength(2);
  });

  it("refuses codes that are neither a TOTP nor a recovery code", async () => {
    const { user, secret } = await userWithTwoFactor();
    const row = await freshUser(user.id);
    await expect(verifySecondFactor(row, await wrongCodeFor(secret))).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    await expect(verifySecondFactor(row, "aaaaa-aaaaa")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("lets users without two-factor through", async () => {
    const { user } = await signedInUser();
    await expect(verifySecondFactor(user, "")).resolves.toBe(undefined);
  });
});

describe("POST /me/totp/disable", () => {
  it("needs the password: missing or wrong answers 422, spends no recovery code, changes nothing", async () => {
    const { user, token, codes } = await userWithTwoFactor();

    const missing = await callApi(disablePost, { token, body: { code: codes[0] } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual({ password: ["Enter your password."] });

    const wrong = await callApi(disablePost, {
      token,
      body: { password: "not the password", code: codes[0] },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual({ password: ["The password is wrong."] });

    expect((await freshUser(user.id)).totpEnabledAt).not.toBeNull();
    const stored = await storedRecoveryCodes(user.id);
    expect(stored.filter((entry) => entry.usedAt !== null)).toHaveLength(0);
  });

  it("needs a valid code besides the password", async () => {
    const { user, token, secret } = await userWithTwoFactor();
    const response = await callApi(disablePost, {
      token,
      body: { password: TEST_PASSWORD, code: await wrongCodeFor(secret) },
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(["code"]);
    expect((await freshUser(user.id)).totpEnabledAt).not.toBeNull();
  });

  it("turns two-factor off with password and code, removing secret and recovery codes", async () => {
    const { user, token, secret } = await userWithTwoFactor();
    const response = await callApi(disablePost, {
      token,
      body: { password: TEST_PASSWORD, code: await codeAt(secret, NOW + STEP_MS) },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ twoFactorEnabled: false });
    expect(response.body.message).toBe("Two-factor sign-in is off.");

    const row = await freshUser(user.id);
    expect(row.totpSecret).toBeNull();
    expect(row.totpEnabledAt).toBeNull();
    expect(await storedRecoveryCodes(user.id)).toHaveLength(0);

    const again = await callApi(disablePost, {
      token,
      body: { password: TEST_PASSWORD, code: await codeAt(secret, NOW) },
    });
    expect(again.status).toBe(409);
  });

  it("accepts a recovery code instead of the app's code", async () => {
    const { user, token, codes } = await userWithTwoFactor();
    const response = await callApi(disablePost, {
      token,
      body: { password: TEST_PASSWORD, code: codes[3] },
    });
    expect(response.status).toBe(200);
    expect((await freshUser(user.id)).totpEnabledAt).toBeNull();
  });

  it("takes the code alone for accounts without a password", async () => {
    const { user, token, secret } = await userWithTwoFactor({
      email: null,
      passwordHash: null,
      phone: "+355697654321",
    });
    const response = await callApi(disablePost, {
      token,
      body: { code: await codeAt(secret, NOW) },
    });
    expect(response.status).toBe(200);
    expect((await freshUser(user.id)).totpEnabledAt).toBeNull();
  });
});

describe("POST /me/totp/recovery-codes", () => {
  it("replaces the codes: the old ones die, the new ones work", async () => {
    const { user, token, secret, codes: oldCodes } = await userWithTwoFactor();

    const refused = await callApi(recoveryCodesPost, {
      token,
      body: { code: await wrongCodeFor(secret) },
    });
    expect(refused.status).toBe(422);
    await expect(verifySecondFactor(await freshUser(user.id), oldCodes[9]!)).resolves.toBe(
      undefined,
    );

    const response = await callApi(recoveryCodesPost, {
      token,
      body: { code: await codeAt(secret, NOW) },
    });
    expect(response.status).toBe(200);
    const newCodes: string[] = response.body.data.recoveryCodes;
    expect(newCodes).toHaveLength(10);
    expect(newCodes.filter((code) => oldCodes.includes(code))).toEqual([]);

    const row = await freshUser(user.id);
    await expect(verifySecondFactor(row, oldCodes[0]!)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(verifySecondFactor(row, newCodes[0]!)).resolves.toBe(undefined);
    expect(await storedRecoveryCodes(user.id)).toHaveLength(10);
  });

  it("answers 409 when two-factor is off", async () => {
    const { token } = await signedInUser();
    const response = await callApi(recoveryCodesPost, { token, body: { code: "123456" } });
    expect(response.status).toBe(409);
  });
});

describe("authentication", () => {
  it("answers 401 without a token on every two-factor endpoint", async () => {
    for (const handler of [setupPost, enablePost, disablePost, recoveryCodesPost]) {
      const response = await callApi(handler, { body: { code: "123456" } });
      expect(response.status).toBe(401);
    }
  });
});
