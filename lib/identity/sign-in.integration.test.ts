import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as logoutAll } from "@/app/api/v1/auth/logout-all/route";
import { POST as logout } from "@/app/api/v1/auth/logout/route";
import { POST as refresh } from "@/app/api/v1/auth/refresh/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { getDb } from "@/db/client";
import { authSessions } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import { createUser, signedInUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { fromIp, turnOnTwoFactor, uniqueEmail } from "./account-testing";

function signIn(email: string, password = TEST_PASSWORD, extra: Record<string, unknown> = {}) {
  return callApi(login, { body: { email, password, ...extra } });
}

const me = (token: string) => callApi(getMe, { token });

describe("POST /auth/login", () => {
  it("answers tokens and the user; the access token opens the API", async () => {
    const user = await createUser({ name: "Besa" });
    const response = await signIn(user.email!.toUpperCase());
    expect(response.status).toBe(200);
    expect(response.body.message).toBe("Signed in.");
    expect(response.body.data).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      user: { id: user.id, email: user.email, name: "Besa" },
    });
    const profile = await me(response.body.data.accessToken);
    expect(profile.status).toBe(200);
    expect(profile.body.data.id).toBe(user.id);
    const [session] = await getDb()
      .select()
      .from(authSessions)
      .where(eq(authSessions.userId, user.id));
    expect(session).toMatchObject({ kind: "api", method: "password" });
  });

  it("answers the same 401 for a wrong password and an unknown email", async () => {
    const user = await createUser();
    const wrongPassword = await signIn(user.email!, "not the password at all");
    const unknownEmail = await signIn(uniqueEmail());
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body.message).toBe("Wrong email or password.");
    expect(unknownEmail.body.message).toBe(wrongPassword.body.message);
    expect(wrongPassword.body.errors).toBeUndefined();
  });

  it("refuses malformed input with field errors", async () => {
    const response = await callApi(login, { body: { email: "nope" } });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors).sort()).toEqual(["email", "password"]);
  });

  it("asks for the authenticator code when two-factor is on, and checks it", async () => {
    const user = await createUser();
    const secret = await turnOnTwoFactor(user.id);

    const withoutCode = await signIn(user.email!);
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.errors).toEqual({
      otp: ["Enter the code from your authenticator app."],
    });
    expect(withoutCode.body.data).toBeUndefined();

    const current = await generate({ secret });
    const wrong = current === "000000" ? "111111" : "000000";
    const wrongCode = await signIn(user.email!, TEST_PASSWORD, { otp: wrong });
    expect(wrongCode.status).toBe(401);
    expect(Object.keys(wrongCode.body.errors)).toEqual(["otp"]);

    const withCode = await signIn(user.email!, TEST_PASSWORD, { otp: current });
    expect(withCode.status).toBe(200);
    expect(withCode.body.data.user.twoFactorEnabled).toBe(true);

    // The code does not replace the password.
    expect((await signIn(user.email!, "wrong password!", { otp: current })).status).toBe(401);
  });

  it("limits attempts per account: 429 with Retry-After, even with the right password", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await signIn(user.email!, "wrong password!")).status).toBe(401);
    }
    const refused = await signIn(user.email!);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.message).toMatch(/^Too many requests/);
  });

  it("limits attempts per IP across accounts", async () => {
    const headers = fromIp("192.0.2.44");
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await callApi(login, {
        body: { email: uniqueEmail(), password: TEST_PASSWORD },
        headers,
      });
      expect(response.status).toBe(401);
    }
    const user = await createUser();
    const refused = await callApi(login, {
      body: { email: user.email, password: TEST_PASSWORD },
      headers,
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).not.toBeNull();
  });
});

describe("POST /auth/refresh", () => {
  it("rotates: each refresh token works once and yields a new pair", async () => {
    const { user, refreshToken } = await signedInUser();
    const first = await callApi(refresh, { body: { refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.data.refreshToken).not.toBe(refreshToken);
    expect(first.body.data.user.id).toBe(user.id);
    expect((await me(first.body.data.accessToken)).status).toBe(200);

    const second = await callApi(refresh, { body: { refreshToken: first.body.data.refreshToken } });
    expect(second.status).toBe(200);
    expect((await me(second.body.data.accessToken)).status).toBe(200);
  });

  it("revokes the whole family when a used token comes back, the newest token included", async () => {
    const { token, refreshToken } = await signedInUser();
    const rotated = await callApi(refresh, { body: { refreshToken } });
    const { accessToken: newAccess, refreshToken: newRefresh } = rotated.body.data;

    // Someone replays the stolen, already used token.
    const replay = await callApi(refresh, { body: { refreshToken } });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toBe("Your session has ended. Sign in again.");

    expect((await callApi(refresh, { body: { refreshToken: newRefresh } })).status).toBe(401);
    expect((await me(newAccess)).status).toBe(401);
    expect((await me(token)).status).toBe(401);
  });

  it("refuses unknown tokens (401) and malformed input (422)", async () => {
    const unknown = await callApi(refresh, { body: { refreshToken: "x".repeat(43) } });
    expect(unknown.status).toBe(401);
    const malformed = await callApi(refresh, { body: { refreshToken: 42 } });
    expect(malformed.status).toBe(422);
    expect(Object.keys(malformed.body.errors)).toEqual(["refreshToken"]);
  });
});

describe("logout", () => {
  it("POST /auth/logout ends that session: its access and refresh tokens die", async () => {
    const { user, token, refreshToken } = await signedInUser();
    const other = await signIn(user.email!);

    const response = await callApi(logout, { body: { refreshToken } });
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect((await me(token)).status).toBe(401);
    expect((await callApi(refresh, { body: { refreshToken } })).status).toBe(401);
    // Another device of the same user stays signed in.
    expect((await me(other.body.data.accessToken)).status).toBe(200);
  });

  it("POST /auth/logout with an unknown token changes nothing and says so plainly", async () => {
    const { token } = await signedInUser();
    const response = await callApi(logout, { body: { refreshToken: "y".repeat(43) } });
    expect(response.status).toBe(200);
    expect((await me(token)).status).toBe(200);
  });

  it("POST /auth/logout-all ends every session of the user and no one else's", async () => {
    const { user, token, refreshToken } = await signedInUser();
    const second = await signIn(user.email!);
    const stranger = await signedInUser();

    const response = await callApi(logoutAll, { token });
    expect(response.status).toBe(200);
    expect((await me(token)).status).toBe(401);
    expect((await me(second.body.data.accessToken)).status).toBe(401);
    expect((await callApi(refresh, { body: { refreshToken } })).status).toBe(401);
    expect((await me(stranger.token)).status).toBe(200);
  });

  it("POST /auth/logout-all needs a live token", async () => {
    expect((await callApi(logoutAll)).status).toBe(401);
    const { token } = await signedInUser();
    await callApi(logoutAll, { token });
    expect((await callApi(logoutAll, { token })).status).toBe(401);
  });
});
