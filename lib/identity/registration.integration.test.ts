import { count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as resend } from "@/app/api/v1/auth/verify-email/resend/route";
import { POST as verify } from "@/app/api/v1/auth/verify-email/route";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { callApi } from "@/lib/testing/api";
import { createUser } from "@/lib/testing/factories";
import { emailedToken, fromIp, latestEmail, messagesTo, uniqueEmail } from "./account-testing";

const PASSWORD = "a long enough password";

async function userCount() {
  const [row] = await getDb().select({ total: count() }).from(users);
  return row!.total;
}

function signUp(email: string, extra: Record<string, unknown> = {}) {
  return callApi(register, { body: { email, password: PASSWORD, name: "Arta", ...extra } });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("POST /auth/register", () => {
  it("creates an unverified account and emails a single-use verification link", async () => {
    const email = uniqueEmail();
    const response = await signUp(email);
    expect(response.status).toBe(201);
    expect(response.body.message).toBe(
      "Account created. Check your email for the verification link.",
    );
    expect(response.body.data.user).toMatchObject({ email, name: "Arta", emailVerified: false });

    const [row] = await getDb().select().from(users).where(eq(users.email, email));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);

    const sent = await latestEmail(email, "verify-email");
    expect(sent).toMatchObject({ status: "sent", subject: "Confirm your email address" });
    expect(sent.body).toMatch(/http:\/\/localhost:\d+\/verify-email\?token=/);
    expect(sent.relatedId).toBe(row!.id);
  });

  it("writes the email in the language asked for", async () => {
    const email = uniqueEmail();
    expect((await signUp(email, { locale: "sq" })).status).toBe(201);
    const sent = await latestEmail(email, "verify-email");
    expect(sent.subject).toBe("Konfirmoni adresën tuaj të emailit");
    expect(sent.body).toContain("Përshëndetje Arta,");
  });

  it("refuses an email already taken, whatever its case, with 409 on the email field", async () => {
    const email = uniqueEmail();
    await signUp(email);
    const before = await userCount();
    const response = await signUp(email.toUpperCase());
    expect(response.status).toBe(409);
    expect(response.body.errors.email).toEqual(["An account with this email already exists."]);
    expect(await userCount()).toBe(before);
  });

  it("lets only one of two simultaneous sign-ups with one address through", async () => {
    const email = uniqueEmail();
    const answers = await Promise.all([signUp(email), signUp(email.toUpperCase())]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it("refuses invalid input with field errors and creates nothing", async () => {
    const before = await userCount();
    const response = await callApi(register, {
      body: { email: "not-an-email", password: "short", locale: "de" },
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors).sort()).toEqual(["email", "locale", "password"]);
    expect(response.body.errors.password).toEqual(["Use at least 10 characters."]);
    expect(await userCount()).toBe(before);
    expect(await messagesTo("not-an-email")).toEqual([]);
  });

  it("limits sign-ups per IP (429 with Retry-After)", async () => {
    const headers = fromIp("203.0.113.10");
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await callApi(register, {
        body: { email: uniqueEmail(), password: PASSWORD },
        headers,
      });
      expect(response.status).toBe(201);
    }
    const before = await userCount();
    const refused = await callApi(register, {
      body: { email: uniqueEmail(), password: PASSWORD },
      headers,
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await userCount()).toBe(before);
  });
});

describe("email verification", () => {
  it("must happen before signing in; the link works once", async () => {
    const email = uniqueEmail();
    await signUp(email);

    const early = await callApi(login, { body: { email, password: PASSWORD } });
    expect(early.status).toBe(403);
    expect(early.body.message).toBe(
      "Verify your email address first: follow the link we emailed you.",
    );

    const token = await emailedToken(email, "verify-email");
    const verified = await callApi(verify, { body: { token } });
    expect(verified.status).toBe(200);
    expect(verified.body.data.user).toMatchObject({ email, emailVerified: true });

    const again = await callApi(verify, { body: { token } });
    expect(again.status).toBe(422);
    expect(again.body.errors.token).toEqual([
      "This link is invalid, has expired or was already used.",
    ]);

    const signedIn = await callApi(login, { body: { email, password: PASSWORD } });
    expect(signedIn.status).toBe(200);
  });

  it("refuses unknown tokens and malformed input", async () => {
    expect((await callApi(verify, { body: { token: "x".repeat(43) } })).status).toBe(422);
    const malformed = await callApi(verify, { body: {} });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors.token).toEqual(["This field is required."]);
  });

  it("expires the link after 24 hours", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = uniqueEmail();
    await signUp(email);
    const token = await emailedToken(email, "verify-email");
    vi.setSystemTime(Date.now() + 24 * 60 * 60 * 1000 + 1000);
    expect((await callApi(verify, { body: { token } })).status).toBe(422);
    const [row] = await getDb().select().from(users).where(eq(users.email, email));
    expect(row!.emailVerifiedAt).toBeNull();
  });
});

describe("POST /auth/verify-email/resend", () => {
  it("sends a new link that replaces the old one", async () => {
    const email = uniqueEmail();
    await signUp(email);
    const first = await emailedToken(email, "verify-email");

    const response = await callApi(resend, { body: { email } });
    expect(response.status).toBe(202);
    expect(await messagesTo(email, "verify-email")).toHaveLength(2);
    const second = await emailedToken(email, "verify-email");
    expect(second).not.toBe(first);

    expect((await callApi(verify, { body: { token: first } })).status).toBe(422);
    expect((await callApi(verify, { body: { token: second } })).status).toBe(200);
  });

  it("answers the same for unknown and already verified accounts, and sends nothing", async () => {
    const verified = await createUser();
    const pending = uniqueEmail();
    await signUp(pending);
    const unknown = uniqueEmail();

    const answers = await Promise.all(
      [pending, unknown, verified.email!].map((email) => callApi(resend, { body: { email } })),
    );
    const [forPending, ...others] = answers;
    for (const answer of others) {
      expect(answer.status).toBe(forPending!.status);
      expect(answer.body.message).toBe(forPending!.body.message);
      expect(answer.body.data).toEqual(forPending!.body.data);
    }
    expect(await messagesTo(unknown)).toEqual([]);
    expect(await messagesTo(verified.email!)).toEqual([]);
  });

  it("limits resends per account, known or not, with 429 and Retry-After", async () => {
    // Unknown and known addresses hit the same limit, so it reveals nothing.
    const unknown = uniqueEmail();
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await callApi(resend, { body: { email: unknown } })).status).toBe(202);
    }
    const refused = await callApi(resend, { body: { email: unknown } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);

    const known = uniqueEmail();
    await signUp(known);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await callApi(resend, { body: { email: known } })).status).toBe(202);
    }
    expect((await callApi(resend, { body: { email: known } })).status).toBe(429);
    // Sign-up's email and three resends; the refused fourth sent nothing.
    expect(await messagesTo(known, "verify-email")).toHaveLength(4);
  });

  it("limits resends per IP", async () => {
    const headers = fromIp("198.51.100.7");
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await callApi(resend, { body: { email: uniqueEmail() }, headers });
      expect(response.status).toBe(202);
    }
    expect((await callApi(resend, { body: { email: uniqueEmail() }, headers })).status).toBe(429);
  });
});
