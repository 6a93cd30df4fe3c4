import { createECDH, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import webpush from "web-push";
import * as devicesRoute from "@/app/api/v1/me/devices/route";
import * as deviceRoute from "@/app/api/v1/me/devices/[id]/route";
import * as subscriptionsRoute from "@/app/api/v1/me/push-subscriptions/route";
import * as vapidRoute from "@/app/api/v1/me/push-subscriptions/vapid-public-key/route";
import { getDb } from "@/db/client";
import { devices, pushSubscriptions } from "@/db/schema";
import { forgetEnv } from "@/lib/config/env";
import { callApi } from "@/lib/testing/api";
import { signedInUser } from "@/lib/testing/factories";
import { MAX_PUSH_SUBSCRIPTIONS_PER_USER } from "./subscriptions.service";

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnv();
});

/** What PushSubscription.toJSON() gives in a browser: a real P-256 key and auth secret. */
function browserSubscription(
  endpoint = `https://fcm.googleapis.com/fcm/send/${randomBytes(8).toString("hex")}`,
) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    endpoint,
    expirationTime: null,
    keys: {
      p256dh: ecdh.getPublicKey().toString("base64url"),
      auth: randomBytes(16).toString("base64url"),
    },
  };
}

const subscriptionsOf = (userId: string) =>
  getDb().select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
const devicesOf = (userId: string) =>
  getDb().select().from(devices).where(eq(devices.userId, userId));

describe("push subscriptions", () => {
  it("saves the browser's subscription, refreshes it, and removes it", async () => {
    const { user, token } = await signedInUser();
    const subscription = browserSubscription();
    const saved = await callApi(subscriptionsRoute.POST, {
      token,
      body: subscription,
      headers: { "user-agent": "Firefox/140" },
    });
    expect(saved.status).toBe(201);
    expect(saved.body.data).toMatchObject({
      id: expect.any(String),
      endpoint: subscription.endpoint,
    });

    const renewed = { ...browserSubscription(subscription.endpoint) };
    expect((await callApi(subscriptionsRoute.POST, { token, body: renewed })).status).toBe(201);
    const rows = await subscriptionsOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: saved.body.data.id, p256dh: renewed.keys.p256dh });

    const removed = await callApi(subscriptionsRoute.DELETE, {
      token,
      body: { endpoint: subscription.endpoint },
    });
    expect(removed.status).toBe(200);
    expect(await subscriptionsOf(user.id)).toEqual([]);
    const again = await callApi(subscriptionsRoute.DELETE, {
      token,
      body: { endpoint: subscription.endpoint },
    });
    expect(again.status).toBe(404);
  });

  it("moves an endpoint to the user now signed in on that browser", async () => {
    const first = await signedInUser();
    const second = await signedInUser();
    const subscription = browserSubscription();
    await callApi(subscriptionsRoute.POST, { token: first.token, body: subscription });
    await callApi(subscriptionsRoute.POST, { token: second.token, body: subscription });
    expect(await subscriptionsOf(first.user.id)).toEqual([]);
    expect(await subscriptionsOf(second.user.id)).toHaveLength(1);

    // The first user can no longer remove it.
    const foreign = await callApi(subscriptionsRoute.DELETE, {
      token: first.token,
      body: { endpoint: subscription.endpoint },
    });
    expect(foreign.status).toBe(404);
    expect(await subscriptionsOf(second.user.id)).toHaveLength(1);
  });

  it("refuses endpoints outside the browser push services, and bad keys, storing nothing", async () => {
    const { user, token } = await signedInUser();
    const cases = [
      { ...browserSubscription("http://fcm.googleapis.com/fcm/send/x"), field: "endpoint" },
      { ...browserSubscription("https://169.254.169.254/latest/meta-data"), field: "endpoint" },
      { ...browserSubscription("https://fcm.googleapis.com.evil.test/x"), field: "endpoint" },
      {
        ...browserSubscription(),
        keys: { p256dh: "not-a-key", auth: randomBytes(16).toString("base64url") },
        field: "keys.p256dh",
      },
      {
        ...browserSubscription(),
        keys: { ...browserSubscription().keys, auth: "short" },
        field: "keys.auth",
      },
    ];
    for (const { field, ...body } of cases) {
      const response = await callApi(subscriptionsRoute.POST, { token, body });
      expect(response.status).toBe(422);
      expect(Object.keys(response.body.errors)).toEqual([field]);
    }
    const endpoint = await callApi(subscriptionsRoute.POST, {
      token,
      body: browserSubscription("https://example.com/push"),
    });
    expect(endpoint.body.errors.endpoint).toEqual([
      "Must be the https address of a browser push service.",
    ]);
    expect(await subscriptionsOf(user.id)).toEqual([]);
  });

  it("accepts the push services of Firefox, Safari and Edge", async () => {
    const { user, token } = await signedInUser();
    for (const endpoint of [
      "https://updates.push.services.mozilla.com/wpush/v2/gAAAAA",
      "https://web.push.apple.com/QGuQyavXutnMH",
      "https://wns2-by3p.notify.windows.com/w/?token=BQYAAA",
    ]) {
      const response = await callApi(subscriptionsRoute.POST, {
        token,
        body: browserSubscription(endpoint),
      });
      expect(response.status).toBe(201);
    }
    expect(await subscriptionsOf(user.id)).toHaveLength(3);
  });

  it(`keeps at most ${MAX_PUSH_SUBSCRIPTIONS_PER_USER} subscriptions per user, newest first`, async () => {
    const { user, token } = await signedInUser();
    const endpoints: string[] = [];
    for (let i = 0; i <= MAX_PUSH_SUBSCRIPTIONS_PER_USER; i++) {
      const subscription = browserSubscription();
      endpoints.push(subscription.endpoint);
      await callApi(subscriptionsRoute.POST, { token, body: subscription });
    }
    const kept = (await subscriptionsOf(user.id)).map((row) => row.endpoint);
    expect(kept).toHaveLength(MAX_PUSH_SUBSCRIPTIONS_PER_USER);
    expect(kept).not.toContain(endpoints[0]);
  });

  it("answers 401 without a token and changes nothing", async () => {
    const subscription = browserSubscription();
    expect((await callApi(subscriptionsRoute.POST, { body: subscription })).status).toBe(401);
    expect(
      (await callApi(subscriptionsRoute.DELETE, { body: { endpoint: subscription.endpoint } }))
        .status,
    ).toBe(401);
    const stored = await getDb()
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, subscription.endpoint));
    expect(stored).toEqual([]);
  });

  it("gives the VAPID public key to anyone, or 404 when web push is not configured", async () => {
    const missing = await callApi(vapidRoute.GET);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe("Web push is not configured on this server.");

    const keys = webpush.generateVAPIDKeys();
    vi.stubEnv("VAPID_PUBLIC_KEY", keys.publicKey);
    vi.stubEnv("VAPID_PRIVATE_KEY", keys.privateKey);
    forgetEnv();
    const found = await callApi(vapidRoute.GET);
    expect(found.status).toBe(200);
    expect(found.body.data).toEqual({ publicKey: keys.publicKey });
  });
});

describe("devices", () => {
  const token = () => `fcm-${randomBytes(24).toString("base64url")}`;

  it("registers, lists and removes the caller's app installs", async () => {
    const { user, token: access } = await signedInUser();
    const fcmToken = token();
    const registered = await callApi(devicesRoute.POST, {
      token: access,
      body: { platform: "android", token: fcmToken, name: "Pixel 9", appVersion: "1.4.0" },
    });
    expect(registered.status).toBe(201);
    expect(registered.body.data).toMatchObject({
      id: expect.any(String),
      platform: "android",
      name: "Pixel 9",
      appVersion: "1.4.0",
    });
    expect(registered.body.data).not.toHaveProperty("token");

    // Registering the same token again refreshes the one device.
    const again = await callApi(devicesRoute.POST, {
      token: access,
      body: { platform: "android", token: fcmToken, appVersion: "1.5.0" },
    });
    expect(again.body.data).toMatchObject({ id: registered.body.data.id, appVersion: "1.5.0" });
    const ios = await callApi(devicesRoute.POST, {
      token: access,
      body: { platform: "ios", token: token() },
    });

    const listed = await callApi(devicesRoute.GET, { token: access });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((device: { id: string }) => device.id).sort()).toEqual(
      [registered.body.data.id, ios.body.data.id].sort(),
    );

    const byId = await callApi(deviceRoute.DELETE, {
      token: access,
      params: { id: ios.body.data.id },
    });
    expect(byId.status).toBe(200);
    const byToken = await callApi(devicesRoute.DELETE, {
      token: access,
      body: { token: fcmToken },
    });
    expect(byToken.status).toBe(200);
    expect(await devicesOf(user.id)).toEqual([]);
  });

  it("answers 404 for another user's device, by id or by token, and keeps it", async () => {
    const owner = await signedInUser();
    const stranger = await signedInUser();
    const fcmToken = token();
    const device = await callApi(devicesRoute.POST, {
      token: owner.token,
      body: { platform: "ios", token: fcmToken },
    });
    const byId = await callApi(deviceRoute.DELETE, {
      token: stranger.token,
      params: { id: device.body.data.id },
    });
    expect(byId.status).toBe(404);
    expect(byId.body.message).toBe("Device not found.");
    const byToken = await callApi(devicesRoute.DELETE, {
      token: stranger.token,
      body: { token: fcmToken },
    });
    expect(byToken.status).toBe(404);
    expect((await callApi(devicesRoute.GET, { token: stranger.token })).body.data).toEqual([]);
    expect(await devicesOf(owner.user.id)).toHaveLength(1);
  });

  it("moves a token to the user who signs in on that install", async () => {
    const first = await signedInUser();
    const second = await signedInUser();
    const fcmToken = token();
    await callApi(devicesRoute.POST, {
      token: first.token,
      body: { platform: "android", token: fcmToken },
    });
    await callApi(devicesRoute.POST, {
      token: second.token,
      body: { platform: "android", token: fcmToken },
    });
    expect(await devicesOf(first.user.id)).toEqual([]);
    expect(await devicesOf(second.user.id)).toHaveLength(1);
  });

  it("refuses bad input with field errors and stores nothing", async () => {
    const { user, token: access } = await signedInUser();
    const response = await callApi(devicesRoute.POST, {
      token: access,
      body: { platform: "windows-phone", token: "  ", name: "x".repeat(101) },
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors).sort()).toEqual(["name", "platform", "token"]);
    const badId = await callApi(deviceRoute.DELETE, { token: access, params: { id: "nope" } });
    expect(badId.status).toBe(422);
    expect(await devicesOf(user.id)).toEqual([]);
  });

  it("answers 401 without a token", async () => {
    expect((await callApi(devicesRoute.GET)).status).toBe(401);
    expect(
      (await callApi(devicesRoute.POST, { body: { platform: "ios", token: token() } })).status,
    ).toBe(401);
    expect(
      (
        await callApi(deviceRoute.DELETE, {
          params: { id: "0190a0a0-0000-7000-8000-000000000000" },
        })
      ).status,
    ).toBe(401);
  });
});
