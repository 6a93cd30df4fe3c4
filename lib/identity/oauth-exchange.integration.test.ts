import { eq } from "drizzle-orm";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { http, HttpResponse } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/auth/oauth/[provider]/route";
import { getDb } from "@/db/client";
import { oauthAccounts, users } from "@/db/schema";
import { forgetEnv } from "@/lib/config/env";
import { callApi } from "@/lib/testing/api";
import { interceptExternalHttp } from "@/lib/testing/external-http";
import { createUser } from "@/lib/testing/factories";
import { sealSecret } from "./crypto";

const GOOGLE_CLIENT = "web-client.apps.googleusercontent.com";
const MICROSOFT_CLIENT = "3f1c2a9e-0000-4000-8000-000000000001";
const TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
const keys = await generateKeyPair("RS256");
const jwk = { ...(await exportJWK(keys.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };

const http$ = interceptExternalHttp(
  http.get("https://www.googleapis.com/oauth2/v3/certs", () => HttpResponse.json({ keys: [jwk] })),
  http.get("https://login.microsoftonline.com/common/discovery/v2.0/keys", () =>
    HttpResponse.json({ keys: [jwk] }),
  ),
  http.get("https://graph.facebook.com/debug_token", ({ request }) => {
    const input = new URL(request.url).searchParams.get("input_token");
    const appToken = new URL(request.url).searchParams.get("access_token");
    if (appToken !== "fb-app|fb-secret") return HttpResponse.json({ error: {} }, { status: 400 });
    return HttpResponse.json({
      data: {
        is_valid: input?.startsWith("good"),
        app_id: input === "good-other-app-token-xxxxxxxx" ? "someone-else" : "fb-app",
        user_id: "fb-user-1",
      },
    });
  }),
  http.get("https://graph.facebook.com/me", () =>
    HttpResponse.json({ id: "fb-user-1", name: "Besa Hoxha", email: "besa@example.com" }),
  ),
);

beforeAll(() => {
  Object.assign(process.env, {
    AUTH_GOOGLE_ID: GOOGLE_CLIENT,
    AUTH_GOOGLE_SECRET: "google-secret",
    AUTH_MICROSOFT_ENTRA_ID_ID: MICROSOFT_CLIENT,
    AUTH_MICROSOFT_ENTRA_ID_SECRET: "ms-secret",
    AUTH_FACEBOOK_ID: "fb-app",
    AUTH_FACEBOOK_SECRET: "fb-secret",
  });
  forgetEnv();
  http$.listen();
});
afterAll(() => {
  http$.close();
  for (const key of ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET", "AUTH_MICROSOFT_ENTRA_ID_ID"]) {
    delete process.env[key];
  }
  forgetEnv();
});

function idToken(claims: Record<string, unknown>, options: { expiresIn?: string } = {}) {
  const { iss = "https://accounts.google.com", aud = GOOGLE_CLIENT, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: "RS256", kid: "test-key" })
    .setIssuer(iss as string)
    .setAudience(aud as string)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .sign(keys.privateKey);
}

const exchange = (provider: string, body: unknown) => callApi(POST, { params: { provider }, body });

describe("POST /auth/oauth/{provider}", () => {
  it("creates an account from a verified Google identity, then signs the same one in", async () => {
    const token = await idToken({
      sub: "google-1",
      email: "Arben@Example.com",
      email_verified: true,
      name: "Arben Gashi",
    });
    const first = await exchange("google", { token });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({
      expiresIn: 900,
      user: { email: "Arben@Example.com", emailVerified: true, name: "Arben Gashi" },
    });
    const again = await exchange("google", { token });
    expect(again.body.data.user.id).toBe(first.body.data.user.id);
    const linked = await getDb()
      .select()
      .from(oauthAccounts)
      .where(eq(oauthAccounts.userId, first.body.data.user.id));
    expect(linked).toHaveLength(1);
  });

  it("links to an existing account whose email is verified", async () => {
    const existing = await createUser({ email: "linda@example.com" });
    const token = await idToken({
      sub: "google-2",
      email: "LINDA@example.com",
      email_verified: true,
    });
    const response = await exchange("google", { token });
    expect(response.body.data.user.id).toBe(existing.id);
  });

  it("refuses to join an account whose email was never verified", async () => {
    await createUser({ email: "squatter@example.com", emailVerifiedAt: null });
    const token = await idToken({
      sub: "google-3",
      email: "squatter@example.com",
      email_verified: true,
    });
    const response = await exchange("google", { token });
    expect(response.status).toBe(409);
    expect(
      await getDb()
        .select()
        .from(oauthAccounts)
        .where(eq(oauthAccounts.providerAccountId, "google-3")),
    ).toEqual([]);
  });

  it("rejects tokens for another app, from another issuer, expired or forged", async () => {
    const cases = [
      await idToken({ sub: "x", aud: "someone-elses-app" }),
      await idToken({ sub: "x", iss: "https://evil.example.com" }),
      await idToken({ sub: "x" }, { expiresIn: "-1m" }),
      (await idToken({ sub: "x" })).slice(0, -4) + "AAAA",
    ];
    for (const token of cases) {
      const response = await exchange("google", { token });
      expect(response.status).toBe(401);
      expect(response.body.status).toBe("error");
    }
  });

  it("accepts Microsoft tokens only from the tenant they name", async () => {
    const good = await idToken({
      sub: "ms-1",
      tid: TENANT,
      iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      aud: MICROSOFT_CLIENT,
      email: "drita@contoso.com",
    });
    const ok = await exchange("microsoft", { token: good, name: "Drita" });
    expect(ok.status).toBe(200);
    // No email_verified claim: the account is created without adopting the address.
    expect(ok.body.data.user).toMatchObject({ email: null, name: "Drita" });
    const spoofed = await idToken({
      sub: "ms-2",
      tid: TENANT,
      iss: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
      aud: MICROSOFT_CLIENT,
    });
    expect((await exchange("microsoft", { token: spoofed })).status).toBe(401);
  });

  it("checks Facebook access tokens with the debug endpoint", async () => {
    const ok = await exchange("facebook", { token: "good-facebook-token-xxxxxxxxxx" });
    expect(ok.status).toBe(200);
    expect(ok.body.data.user).toMatchObject({ email: "besa@example.com", name: "Besa Hoxha" });
    expect((await exchange("facebook", { token: "bad-facebook-token-xxxxxxxxxxx" })).status).toBe(
      401,
    );
    expect((await exchange("facebook", { token: "good-other-app-token-xxxxxxxx" })).status).toBe(
      401,
    );
  });

  it("says a provider without keys is not available", async () => {
    const response = await exchange("apple", { token: await idToken({ sub: "a" }) });
    expect(response.status).toBe(404);
  });

  it("asks for the two-factor code when the account has it on", async () => {
    const user = await createUser({
      email: "guarded@example.com",
      totpSecret: sealSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
      totpEnabledAt: new Date(),
    });
    const token = await idToken({ sub: "google-4", email: user.email, email_verified: true });
    const response = await exchange("google", { token });
    expect(response.status).toBe(401);
    expect(response.body.errors.otp).toHaveLength(1);
    const [stored] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(stored?.id).toBe(user.id);
  });

  it("validates the body with field errors", async () => {
    const response = await exchange("google", { token: "short" });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(["token"]);
    expect((await exchange("myspace", { token: "x".repeat(30) })).status).toBe(422);
  });
});
