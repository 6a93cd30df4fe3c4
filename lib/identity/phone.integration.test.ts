import { and, count, eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as logoutAll } from "@/app/api/v1/auth/logout-all/route";
import { POST as phoneLogin } from "@/app/api/v1/auth/phone/login/route";
import { POST as requestCode } from "@/app/api/v1/auth/phone/request-code/route";
import { POST as verifyPhone } from "@/app/api/v1/auth/phone/verify/route";
import { getDb } from "@/db/client";
import { authSessions, oneTimeCodes, rateLimits, users } from "@/db/schema";
import { forgetEnv } from "@/lib/config/env";
import { callApi } from "@/lib/testing/api";
import { createUser, signedInUser } from "@/lib/testing/factories";
import { fromIp, messagesTo, textedCode, turnOnTwoFactor, uniquePhone } from "./account-testing";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  forgetEnv();
});

async function requestSignInCode(phone: string) {
  const response = await callApi(requestCode, { body: { phone } });
  expect(response.status).toBe(202);
  return textedCode(phone);
}

async function usersWithPhone(phone: string) {
  const [row] = await getDb().select({ total: count() }).from(users).where(eq(users.phone, phone));
  return row!.total;
}

const wrongCodeFor = (code: string) => (code === "000000" ? "111111" : "000000");

describe("POST /auth/phone/request-code", () => {
  it("texts a 6-digit sign-in code and stores only its hash", async () => {
    const phone = uniquePhone();
    const response = await callApi(requestCode, { body: { phone } });
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({
      message: "We sent a code by SMS. It expires in 10 minutes.",
      data: null,
    });
    const [sms] = await messagesTo(phone);
    expect(sms).toMatchObject({ channel: "sms", template: "phone-sign-in-code", status: "queued" });
    const code = await textedCode(phone);
    expect(sms!.body).toBe(`${code} is your Callboard sign-in code. It expires in 10 minutes.`);

    const stored = await getDb().select().from(oneTimeCodes).where(eq(oneTimeCodes.target, phone));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ purpose: "phone_sign_in", userId: null, attempts: 0 });
    expect(stored[0]!.codeHash).not.toContain(code);
  });

  it("reads local numbers in the default country and answers 422 for non-numbers", async () => {
    vi.stubEnv("SMS_DEFAULT_COUNTRY", "AL");
    forgetEnv();
    const local = `069 ${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    expect((await callApi(requestCode, { body: { phone: local } })).status).toBe(202);
    expect(await messagesTo(`+355${local.slice(1).replace(/\s/g, "")}`)).toHaveLength(1);

    for (const phone of ["+1 555", "call me"]) {
      const refused = await callApi(requestCode, { body: { phone } });
      expect(refused.status).toBe(422);
      expect(refused.body.errors.phone).toEqual([
        "Enter a valid phone number with its country code, e.g. +15551234567.",
      ]);
    }
  });

  it("limits requests per phone (429 with Retry-After) and sends nothing more", async () => {
    const phone = uniquePhone();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await callApi(requestCode, { body: { phone } })).status).toBe(202);
    }
    const refused = await callApi(requestCode, { body: { phone } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await messagesTo(phone)).toHaveLength(5);
  });

  it("limits requests per IP", async () => {
    const headers = fromIp("203.0.113.99");
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await callApi(requestCode, { body: { phone: uniquePhone() }, headers })).status).toBe(
        202,
      );
    }
    const phone = uniquePhone();
    expect((await callApi(requestCode, { body: { phone }, headers })).status).toBe(429);
    expect(await messagesTo(phone)).toEqual([]);
  });

  it("caps codes per phone per day", async () => {
    const phone = uniquePhone();
    // Ten codes already went to this number today (in earlier 15-minute windows).
    await getDb()
      .insert(rateLimits)
      .values({ key: `sms-code:phone:${phone}`, windowStart: new Date(), count: 10 });
    const refused = await callApi(requestCode, { body: { phone } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(15 * 60);
    expect(await messagesTo(phone)).toEqual([]);
  });

  it("refuses a dead bearer token instead of sending a sign-in code", async () => {
    const { token } = await signedInUser();
    await callApi(logoutAll, { token });
    const phone = uniquePhone();
    expect((await callApi(requestCode, { body: { phone }, token })).status).toBe(401);
    expect(await messagesTo(phone)).toEqual([]);
  });
});

describe("POST /auth/phone/login", () => {
  it("creates the account for a new number, then signs the same account in", async () => {
    const phone = uniquePhone();
    const code = await requestSignInCode(phone);
    const created = await callApi(phoneLogin, { body: { phone, code, name: "Dritan" } });
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      user: { phone, phoneVerified: true, name: "Dritan", email: null },
    });
    const userId = created.body.data.user.id;
    const [session] = await getDb()
      .select()
      .from(authSessions)
      .where(eq(authSessions.userId, userId));
    expect(session!.method).toBe("phone");

    // The code is spent.
    expect((await callApi(phoneLogin, { body: { phone, code } })).status).toBe(401);

    const again = await callApi(phoneLogin, {
      body: { phone, code: await requestSignInCode(phone), name: "Someone else" },
    });
    expect(again.status).toBe(200);
    expect(again.body.data.user).toMatchObject({ id: userId, name: "Dritan" });
    expect(await usersWithPhone(phone)).toBe(1);
  });

  it("spends a code once when it is sent twice at the same time", async () => {
    const phone = uniquePhone();
    const code = await requestSignInCode(phone);
    const answers = await Promise.all([
      callApi(phoneLogin, { body: { phone, code } }),
      callApi(phoneLogin, { body: { phone, code } }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
    expect(await usersWithPhone(phone)).toBe(1);
  });

  it("signs in an existing account by its phone and marks the phone verified", async () => {
    const phone = uniquePhone();
    const user = await createUser({ phone });
    const response = await callApi(phoneLogin, {
      body: { phone, code: await requestSignInCode(phone) },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.user).toMatchObject({ id: user.id, phoneVerified: true });
  });

  it("kills a code after 5 wrong attempts, even for the right code", async () => {
    const phone = uniquePhone();
    const code = await requestSignInCode(phone);
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await callApi(phoneLogin, { body: { phone, code: wrongCodeFor(code) } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.errors.code).toEqual([
        "That code is wrong or has expired. Request a new one.",
      ]);
    }
    const [stored] = await getDb()
      .select()
      .from(oneTimeCodes)
      .where(eq(oneTimeCodes.target, phone));
    expect(stored!.attempts).toBe(5);
    expect((await callApi(phoneLogin, { body: { phone, code } })).status).toBe(401);
    expect(await usersWithPhone(phone)).toBe(0);
  });

  it("expires a code after 10 minutes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const phone = uniquePhone();
    const code = await requestSignInCode(phone);
    vi.setSystemTime(Date.now() + 10 * 60 * 1000 + 1000);
    expect((await callApi(phoneLogin, { body: { phone, code } })).status).toBe(401);
    expect(await usersWithPhone(phone)).toBe(0);
  });

  it("lets only the newest code work", async () => {
    const phone = uniquePhone();
    const first = await requestSignInCode(phone);
    const second = await requestSignInCode(phone);
    if (first !== second) {
      expect((await callApi(phoneLogin, { body: { phone, code: first } })).status).toBe(401);
    }
    expect((await callApi(phoneLogin, { body: { phone, code: second } })).status).toBe(200);
  });

  it("refuses malformed input with field errors", async () => {
    const response = await callApi(phoneLogin, { body: { phone: "abc", code: "12ab" } });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual({
      phone: ["Enter a valid phone number with its country code, e.g. +15551234567."],
      code: ["Enter the 6-digit code."],
    });
  });

  it("asks for the authenticator code when two-factor is on, keeping the SMS code usable", async () => {
    const phone = uniquePhone();
    const user = await createUser({ phone, phoneVerifiedAt: new Date() });
    const secret = await turnOnTwoFactor(user.id);
    const code = await requestSignInCode(phone);

    const withoutOtp = await callApi(phoneLogin, { body: { phone, code } });
    expect(withoutOtp.status).toBe(401);
    expect(Object.keys(withoutOtp.body.errors)).toEqual(["otp"]);

    const otp = await generate({ secret });
    const withOtp = await callApi(phoneLogin, { body: { phone, code, otp } });
    expect(withOtp.status).toBe(200);
    expect(withOtp.body.data.user.id).toBe(user.id);
  });

  it("limits sign-in attempts per phone", async () => {
    const phone = uniquePhone();
    for (let attempt = 0; attempt < 10; attempt++) {
      await callApi(phoneLogin, { body: { phone, code: "123456" } });
    }
    const refused = await callApi(phoneLogin, { body: { phone, code: "123456" } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).not.toBeNull();
  });
});

describe("POST /auth/phone/verify", () => {
  async function requestVerifyCode(token: string, phone: string) {
    const response = await callApi(requestCode, { body: { phone }, token });
    expect(response.status).toBe(202);
    return textedCode(phone);
  }

  it("sets the signed-in user's phone with a verify code, and changes it later", async () => {
    const { user, token } = await signedInUser({ locale: "sq" });
    const phone = uniquePhone();
    const code = await requestVerifyCode(token, phone);
    const [sms] = await messagesTo(phone);
    expect(sms).toMatchObject({ template: "phone-verify-code", locale: "sq", relatedId: user.id });
    expect(sms!.body).toContain("për të konfirmuar këtë numër telefoni");

    const response = await callApi(verifyPhone, { body: { phone, code }, token });
    expect(response.status).toBe(200);
    expect(response.body.data.user).toMatchObject({ id: user.id, phone, phoneVerified: true });

    const newPhone = uniquePhone();
    const changed = await callApi(verifyPhone, {
      body: { phone: newPhone, code: await requestVerifyCode(token, newPhone) },
      token,
    });
    expect(changed.body.data.user.phone).toBe(newPhone);
    expect(await usersWithPhone(phone)).toBe(0);
  });

  it("does not accept a sign-in code, nor another user's verify code", async () => {
    const { user, token } = await signedInUser();
    const phone = uniquePhone();
    const signInCode = await requestSignInCode(phone);
    expect((await callApi(verifyPhone, { body: { phone, code: signInCode }, token })).status).toBe(
      422,
    );

    const other = await signedInUser();
    const othersCode = await requestVerifyCode(other.token, phone);
    const refused = await callApi(verifyPhone, { body: { phone, code: othersCode }, token });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.code).toBeDefined();
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row!.phone).toBeNull();
  });

  it("answers 409 on the phone field when another account holds the number", async () => {
    const phone = uniquePhone();
    await createUser({ phone, phoneVerifiedAt: new Date() });
    const { user, token } = await signedInUser();
    const code = await requestVerifyCode(token, phone);
    const response = await callApi(verifyPhone, { body: { phone, code }, token });
    expect(response.status).toBe(409);
    expect(response.body.errors.phone).toEqual(["Another account uses this phone number."]);
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row!.phone).toBeNull();
    // The conflict did not spend the code.
    const [stored] = await getDb()
      .select()
      .from(oneTimeCodes)
      .where(and(eq(oneTimeCodes.target, phone), eq(oneTimeCodes.userId, user.id)));
    expect(stored!.consumedAt).toBeNull();
  });

  it("needs a signed-in user", async () => {
    const phone = uniquePhone();
    expect((await callApi(verifyPhone, { body: { phone, code: "123456" } })).status).toBe(401);
    const { token } = await signedInUser();
    await callApi(logoutAll, { token });
    expect((await callApi(verifyPhone, { body: { phone, code: "123456" }, token })).status).toBe(
      401,
    );
  });
});
