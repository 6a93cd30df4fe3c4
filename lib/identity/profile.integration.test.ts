import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as logoutAll } from "@/app/api/v1/auth/logout-all/route";
import { PATCH as updateLocation } from "@/app/api/v1/me/location/route";
import { PATCH as updateNotifications } from "@/app/api/v1/me/notification-settings/route";
import { PATCH as updateMe, GET as getMe } from "@/app/api/v1/me/route";
import { DELETE as revokeSession } from "@/app/api/v1/me/sessions/[id]/route";
import { GET as listSessions } from "@/app/api/v1/me/sessions/route";
import { getDb } from "@/db/client";
import { authSessions, users } from "@/db/schema";
import type { RouteHandler } from "@/lib/api/route";
import { callApi } from "@/lib/testing/api";
import { signedInUser, TEST_PASSWORD } from "@/lib/testing/factories";

async function userRow(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row!;
}

describe("GET /me", () => {
  it("answers the signed-in user without secrets", async () => {
    const { user, token } = await signedInUser({ name: "Ilir", company: "Tirana Events" });
    const response = await callApi(getMe, { token });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      id: user.id,
      email: user.email,
      name: "Ilir",
      company: "Tirana Events",
      emailVerified: true,
      locale: "en",
      timeZone: "UTC",
      location: null,
      notificationSettings: { email: true, sms: true, push: true },
      twoFactorEnabled: false,
    });
    expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|argon2|totpSecret/);
  });
});

describe("PATCH /me", () => {
  it("updates the fields given and leaves the rest", async () => {
    const { user, token } = await signedInUser({ company: "Old Co", jobTitle: "Steward" });
    const response = await callApi(updateMe, {
      body: { name: "  Arbër  ", company: "", locale: "sq", timeZone: "Europe/Tirane" },
      token,
    });
    expect(response.status).toBe(200);
    expect(response.body.message).toBe("Profile saved.");
    expect(response.body.data).toMatchObject({
      name: "Arbër",
      company: null,
      jobTitle: "Steward",
      locale: "sq",
      timeZone: "Europe/Tirane",
    });
    expect(await userRow(user.id)).toMatchObject({ name: "Arbër", company: null, locale: "sq" });
  });

  it("refuses an unknown time zone, a bad locale and unknown fields, changing nothing", async () => {
    const { user, token } = await signedInUser();
    const response = await callApi(updateMe, {
      body: { name: "New", timeZone: "Mars/Olympus", locale: "fr", email: "x@example.com" },
      token,
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.timeZone).toEqual(["Unknown time zone."]);
    expect(response.body.errors.locale).toBeDefined();
    expect(response.body.errors.body).toEqual(["Unknown fields: email."]);
    expect(await userRow(user.id)).toMatchObject({
      name: "Test User",
      timeZone: "UTC",
      email: user.email,
    });
  });
});

describe("PATCH /me/location", () => {
  it("sets and clears the location", async () => {
    const { user, token } = await signedInUser();
    const set = await callApi(updateLocation, { body: { lat: 41.3275, lng: 19.8187 }, token });
    expect(set.status).toBe(200);
    expect(set.body.data.location).toEqual({ lat: 41.3275, lng: 19.8187 });

    const cleared = await callApi(updateLocation, { body: null, token });
    expect(cleared.status).toBe(200);
    expect(cleared.body.data.location).toBeNull();
    expect(await userRow(user.id)).toMatchObject({ latitude: null, longitude: null });
  });

  it("refuses coordinates off the globe", async () => {
    const { user, token } = await signedInUser({ latitude: 1, longitude: 2 });
    const response = await callApi(updateLocation, { body: { lat: 91, lng: 19 }, token });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(["lat"]);
    expect(await userRow(user.id)).toMatchObject({ latitude: 1, longitude: 2 });
  });
});

describe("PATCH /me/notification-settings", () => {
  it("changes only the channels given", async () => {
    const { token } = await signedInUser();
    const response = await callApi(updateNotifications, { body: { sms: false }, token });
    expect(response.status).toBe(200);
    expect(response.body.data.notificationSettings).toEqual({
      email: true,
      sms: false,
      push: true,
    });
  });

  it("refuses non-booleans", async () => {
    const { user, token } = await signedInUser();
    const response = await callApi(updateNotifications, { body: { push: "no" }, token });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(["push"]);
    expect((await userRow(user.id)).notifyPush).toBe(true);
  });
});

describe("sessions (devices)", () => {
  it("lists the user's live sessions with the current one marked", async () => {
    const { user, token } = await signedInUser();
    const mobile = await callApi(login, {
      body: { email: user.email, password: TEST_PASSWORD },
      headers: { "user-agent": "Callboard iOS 1.2" },
    });
    expect(mobile.status).toBe(200);
    const response = await callApi(listSessions, { token });
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(2);
    const current = response.body.data.filter((session: { current: boolean }) => session.current);
    expect(current).toHaveLength(1);
    const other = response.body.data.find((session: { current: boolean }) => !session.current);
    expect(other).toMatchObject({
      kind: "api",
      method: "password",
      userAgent: "Callboard iOS 1.2",
    });
  });

  it("DELETE /me/sessions/{id} signs that device out", async () => {
    const { user, token } = await signedInUser();
    const other = await callApi(login, { body: { email: user.email, password: TEST_PASSWORD } });
    const sessions = await callApi(listSessions, { token });
    const otherId = sessions.body.data.find((session: { current: boolean }) => !session.current).id;

    const response = await callApi(revokeSession, { params: { id: otherId }, token });
    expect(response.status).toBe(200);
    expect((await callApi(getMe, { token: other.body.data.accessToken })).status).toBe(401);
    expect((await callApi(getMe, { token })).status).toBe(200);
    expect((await callApi(listSessions, { token })).body.data).toHaveLength(1);
  });

  it("answers 404 for another user's session and leaves it alive", async () => {
    const { token } = await signedInUser();
    const stranger = await signedInUser();
    const [theirs] = await getDb()
      .select({ id: authSessions.id })
      .from(authSessions)
      .where(eq(authSessions.userId, stranger.user.id));

    const response = await callApi(revokeSession, { params: { id: theirs!.id }, token });
    expect(response.status).toBe(404);
    expect(response.body.message).toBe("No such session.");
    expect((await callApi(getMe, { token: stranger.token })).status).toBe(200);
  });

  it("answers 422 for a malformed id", async () => {
    const { token } = await signedInUser();
    const response = await callApi(revokeSession, { params: { id: "not-a-uuid" }, token });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors)).toEqual(["id"]);
  });
});

describe("every /me endpoint", () => {
  const endpoints: Array<[string, RouteHandler, Record<string, unknown>]> = [
    ["GET /me", getMe, {}],
    ["PATCH /me", updateMe, { body: { name: "X" } }],
    ["PATCH /me/location", updateLocation, { body: null }],
    ["PATCH /me/notification-settings", updateNotifications, { body: { sms: false } }],
    ["GET /me/sessions", listSessions, {}],
    [
      "DELETE /me/sessions/{id}",
      revokeSession,
      { params: { id: "0193a1b2-0000-7000-8000-000000000000" } },
    ],
  ];

  it.each(endpoints)(
    "%s answers 401 without a token and with a revoked one",
    async (_, handler, options) => {
      expect((await callApi(handler, options)).status).toBe(401);
      const { token } = await signedInUser();
      await callApi(logoutAll, { token });
      const response = await callApi(handler, { ...options, token });
      expect(response.status).toBe(401);
      expect(response.body.status).toBe("error");
    },
  );
});
