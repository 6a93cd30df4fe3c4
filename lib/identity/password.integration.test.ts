import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as forgot } from "@/app/api/v1/auth/password/forgot/route";
import { POST as reset } from "@/app/api/v1/auth/password/reset/route";
import { POST as refresh } from "@/app/api/v1/auth/refresh/route";
import { POST as changePassword } from "@/app/api/v1/me/password/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { getDb } from "@/db/client";
import { oneTimeCodes, users } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import { createUser, signedInUser, TEST_PASSWORD } from "@/lib/testing/factories";
import {
  emailedToken,
  fromIp,
  latestEmail,
  messagesTo,
  textedCode,
  uniqueEmail,
  uniquePhone,
} from "./account-testing";

const NEW_PASSWORD = "a brand new passphrase";

afterEach(() => {
  vi.useRealTimers();
});

const me = (token: string) => callApi(getMe, { token });
const signIn = (email: string, password: string) => callApi(login, { body: { email, password } });

async function passwordHashOf(userId: string) {
  const [row] = await getDb()
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  return row!.hash;
}

describe("POST /auth/password/forgot", () => {
  it("emails a reset link for a known address", async () => {
    const user = await createUser({ locale: "sq" });
    const response = await callApi(forgot, { body: { email: user.email } });
    expect(response.status).toBe(202);
    const sent = await latestEmail(user.email!, "reset-password");
    expect(sent.subject).toBe("Rivendosni fjalëkalimin tuaj në Callboard");
    expect(sent.body).toMatch(/http:\/\/localhost:\d+\/reset-password\?token=/);
    expect(sent.body).toContain("60 minutash");
  });

  it("answers unknown emails and phones exactly like known ones, and sends nothing", async () => {
    const phone = uniquePhone();
    const known = await createUser({ phone, phoneVerifiedAt: new Date() });
    const unknownEmail = uniqueEmail();
    const unknownPhone = uniquePhone();

    const answers = await Promise.all(
      [{ email: known.email }, { email: unknownEmail }, { phone }, { phone: unknownPhone }].map(
        (body) => callApi(forgot, { body }),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(202);
      expect(answer.body).toEqual({
        status: "success",
        message: "If an account matches, we sent instructions to reset its password.",
        data: null,
      });
    }
    expect(await messagesTo(unknownEmail)).toEqual([]);
    expect(await messagesTo(unknownPhone)).toEqual([]);
    expect(await messagesTo(phone, "password-reset-code")).toHaveLength(1);
  });

  it("wants exactly one of email and phone", async () => {
    for (const body of [{}, { email: uniqueEmail(), phone: uniquePhone() }]) {
      const response = await callApi(forgot, { body });
      expect(response.status).toBe(422);
      expect(response.body.errors.email).toEqual([
        "Give either an email address or a phone number.",
      ]);
    }
  });

  it("limits requests per account, known or not (429 with Retry-After)", async () => {
    for (const email of [(await createUser()).email!, uniqueEmail()]) {
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await callApi(forgot, { body: { email } })).status).toBe(202);
      }
      const refused = await callApi(forgot, { body: { email } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  });

  it("limits requests per IP", async () => {
    const headers = fromIp("198.51.100.200");
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await callApi(forgot, { body: { email: uniqueEmail() }, headers })).status).toBe(202);
    }
    expect((await callApi(forgot, { body: { email: uniqueEmail() }, headers })).status).toBe(429);
  });
});

describe("POST /auth/password/reset", () => {
  it("with the emailed token: new password, every session revoked, email verified", async () => {
    const { user, token, refreshToken } = await signedInUser({ emailVerifiedAt: null });
    await callApi(forgot, { body: { email: user.email } });
    const resetToken = await emailedToken(user.email!, "reset-password");

    const response = await callApi(reset, { body: { token: resetToken, password: NEW_PASSWORD } });
    expect(response.status).toBe(200);
    expect(response.body.message).toBe("Your password was changed. Sign in with the new one.");

    expect((await me(token)).status).toBe(401);
    expect((await callApi(refresh, { body: { refreshToken } })).status).toBe(401);
    expect((await signIn(user.email!, TEST_PASSWORD)).status).toBe(401);
    const signedIn = await signIn(user.email!, NEW_PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data.user.emailVerified).toBe(true);

    const reused = await callApi(reset, { body: { token: resetToken, password: TEST_PASSWORD } });
    expect(reused.status).toBe(422);
    expect(reused.body.errors.token).toBeDefined();
  });

  it("with the SMS code: new password and every session revoked", async () => {
    const phone = uniquePhone();
    const { user, token } = await signedInUser({ phone, phoneVerifiedAt: new Date() });
    await callApi(forgot, { body: { phone } });
    const code = await textedCode(phone);
    const [sms] = await messagesTo(phone);
    expect(sms!.template).toBe("password-reset-code");

    const response = await callApi(reset, { body: { phone, code, password: NEW_PASSWORD } });
    expect(response.status).toBe(200);
    expect((await me(token)).status).toBe(401);
    expect((await signIn(user.email!, NEW_PASSWORD)).status).toBe(200);
  });

  it("a wrong SMS code changes nothing and counts as an attempt", async () => {
    const phone = uniquePhone();
    const user = await createUser({ phone, phoneVerifiedAt: new Date() });
    const before = await passwordHashOf(user.id);
    await callApi(forgot, { body: { phone } });
    const code = await textedCode(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    const response = await callApi(reset, { body: { phone, code: wrong, password: NEW_PASSWORD } });
    expect(response.status).toBe(422);
    expect(response.body.errors.code).toBeDefined();
    expect(await passwordHashOf(user.id)).toBe(before);
    const [stored] = await getDb()
      .select({ attempts: oneTimeCodes.attempts })
      .from(oneTimeCodes)
      .where(eq(oneTimeCodes.target, phone));
    expect(stored!.attempts).toBe(1);
    // The right code still works after one miss.
    expect((await callApi(reset, { body: { phone, code, password: NEW_PASSWORD } })).status).toBe(
      200,
    );
  });

  it("refuses a weak password with a field error and leaves the token usable", async () => {
    const user = await createUser();
    const before = await passwordHashOf(user.id);
    await callApi(forgot, { body: { email: user.email } });
    const resetToken = await emailedToken(user.email!, "reset-password");

    const weak = await callApi(reset, { body: { token: resetToken, password: "short" } });
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual({ password: ["Use at least 10 characters."] });
    expect(await passwordHashOf(user.id)).toBe(before);

    const mixed = await callApi(reset, {
      body: { token: resetToken, phone: uniquePhone(), password: NEW_PASSWORD },
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors.token).toBeDefined();

    expect(
      (await callApi(reset, { body: { token: resetToken, password: NEW_PASSWORD } })).status,
    ).toBe(200);
  });

  it("expires the emailed link after an hour", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await createUser();
    await callApi(forgot, { body: { email: user.email } });
    const resetToken = await emailedToken(user.email!, "reset-password");
    vi.setSystemTime(Date.now() + 60 * 60 * 1000 + 1000);
    expect(
      (await callApi(reset, { body: { token: resetToken, password: NEW_PASSWORD } })).status,
    ).toBe(422);
  });

  it("only the newest link works", async () => {
    const user = await createUser();
    await callApi(forgot, { body: { email: user.email } });
    const first = await emailedToken(user.email!, "reset-password");
    await callApi(forgot, { body: { email: user.email } });
    const second = await emailedToken(user.email!, "reset-password");
    expect((await callApi(reset, { body: { token: first, password: NEW_PASSWORD } })).status).toBe(
      422,
    );
    expect((await callApi(reset, { body: { token: second, password: NEW_PASSWORD } })).status).toBe(
      200,
    );
  });
});

describe("POST /me/password", () => {
  it("changes the password and signs out every other device, not this one", async () => {
    const { user, token } = await signedInUser();
    const other = await signIn(user.email!, TEST_PASSWORD);

    const response = await callApi(changePassword, {
      body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      token,
    });
    expect(response.status).toBe(200);
    expect((await me(token)).status).toBe(200);
    expect((await me(other.body.data.accessToken)).status).toBe(401);
    expect((await signIn(user.email!, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(user.email!, NEW_PASSWORD)).status).toBe(200);
  });

  it("refuses a wrong or missing current password and a weak new one, changing nothing", async () => {
    const { user, token } = await signedInUser();
    const other = await signIn(user.email!, TEST_PASSWORD);
    const before = await passwordHashOf(user.id);

    const wrong = await callApi(changePassword, {
      body: { currentPassword: "not my password", newPassword: NEW_PASSWORD },
      token,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual({ currentPassword: ["The password is wrong."] });

    const missing = await callApi(changePassword, { body: { newPassword: NEW_PASSWORD }, token });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.currentPassword).toEqual(["This field is required."]);

    const weak = await callApi(changePassword, {
      body: { currentPassword: TEST_PASSWORD, newPassword: "short" },
      token,
    });
    expect(weak.status).toBe(422);
    expect(weak.body.errors.newPassword).toEqual(["Use at least 10 characters."]);

    expect(await passwordHashOf(user.id)).toBe(before);
    expect((await me(other.body.data.accessToken)).status).toBe(200);
  });

  it("lets an account without a password set its first one", async () => {
    const phone = uniquePhone();
    const { user, token } = await signedInUser({
      email: null,
      passwordHash: null,
      phone,
      phoneVerifiedAt: new Date(),
    });
    const response = await callApi(changePassword, { body: { newPassword: NEW_PASSWORD }, token });
    expect(response.status).toBe(200);
    expect(await passwordHashOf(user.id)).toMatch(/^\$argon2id\$/);
  });

  it("needs a signed-in user", async () => {
    const response = await callApi(changePassword, {
      body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(response.status).toBe(401);
  });
});
