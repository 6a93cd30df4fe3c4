import {
  createDecipheriv,
  createECDH,
  type ECDH,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from "node:crypto";
import { eq } from "drizzle-orm";
import { importJWK, jwtVerify } from "jose";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import webpush from "web-push";
import { getDb, getSql } from "@/db/client";
import { devices, messages, pushSubscriptions, users } from "@/db/schema";
import { forgetEnv } from "@/lib/config/env";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { listOutbox } from "@/lib/messaging/outbox";
import { registerDevice, savePushSubscription } from "@/lib/push";
import { interceptExternalHttp } from "@/lib/testing/external-http";
import { createUser } from "@/lib/testing/factories";
import { deliverPush } from "./queue";
import { sendPush } from "./send";

// --- A browser's push service (web push) and Google's OAuth + FCM, answered locally. ---

interface PushServiceCall {
  endpoint: string;
  headers: Headers;
  body: Buffer;
}
const pushServiceCalls: PushServiceCall[] = [];
/** Endpoint id → the status its push service answers (default 201). */
const pushServiceAnswers = new Map<string, number>();

const fcmCalls: { authorization: string | null; body: { message: Record<string, unknown> } }[] = [];
const tokenRequests: string[] = [];
const UNREGISTERED_TOKEN = "fcm-token-uninstalled";

const server = interceptExternalHttp(
  http.post("https://fcm.googleapis.com/fcm/send/:id", async ({ request, params }) => {
    pushServiceCalls.push({
      endpoint: request.url,
      headers: request.headers,
      body: Buffer.from(await request.arrayBuffer()),
    });
    const status = pushServiceAnswers.get(String(params.id)) ?? 201;
    return new HttpResponse(status === 201 ? null : "push subscription gone", {
      status,
      headers: status === 201 ? { location: `https://fcm.googleapis.com/msg/${params.id}` } : {},
    });
  }),
  http.post("https://oauth2.googleapis.com/token", async ({ request }) => {
    tokenRequests.push(await request.text());
    return HttpResponse.json({
      access_token: "ya29.test-token",
      expires_in: 3600,
      token_type: "Bearer",
    });
  }),
  http.post(
    /^https:\/\/fcm\.googleapis\.com\/v1\/projects\/callboard-test\/messages:send$/,
    async ({ request }) => {
      const body = (await request.json()) as { message: Record<string, unknown> };
      fcmCalls.push({ authorization: request.headers.get("authorization"), body });
      if (body.message.token === UNREGISTERED_TOKEN) {
        return HttpResponse.json(
          {
            error: {
              code: 404,
              message: "Requested entity was not found.",
              status: "NOT_FOUND",
              details: [
                {
                  "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                  errorCode: "UNREGISTERED",
                },
              ],
            },
          },
          { status: 404 },
        );
      }
      return HttpResponse.json({ name: `projects/callboard-test/messages/${fcmCalls.length}` });
    },
  ),
);

beforeAll(() => server.listen());
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnv();
  pushServiceCalls.length = 0;
  pushServiceAnswers.clear();
  fcmCalls.length = 0;
  tokenRequests.length = 0;
});
afterAll(() => server.close());

const firstAttempt = { id: "job", retryCount: 0 };
const vapid = webpush.generateVAPIDKeys();

function useWebPush() {
  vi.stubEnv("VAPID_PUBLIC_KEY", vapid.publicKey);
  vi.stubEnv("VAPID_PRIVATE_KEY", vapid.privateKey);
  vi.stubEnv("VAPID_SUBJECT", "mailto:ops@callboard.test");
  forgetEnv();
}

function useFcm() {
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const account = {
    type: "service_account",
    project_id: "callboard-test",
    private_key_id: "key-1",
    private_key: privateKey,
    client_email: "push@callboard-test.iam.gserviceaccount.com",
  };
  // Base64, as it would sit on one line of an env file.
  vi.stubEnv("FIREBASE_SERVICE_ACCOUNT", Buffer.from(JSON.stringify(account)).toString("base64"));
  forgetEnv();
}

/** A browser subscribed at the (intercepted) push service, with keys we can decrypt with. */
async function subscribeBrowser(userId: string) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  const id = randomBytes(8).toString("hex");
  const saved = await savePushSubscription(
    userId,
    {
      endpoint: `https://fcm.googleapis.com/fcm/send/${id}`,
      keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
    },
    "vitest",
  );
  return { ...saved, pushId: id, ecdh, auth };
}

/** RFC 8291 (aes128gcm): what the browser does with a push it receives. */
function decryptWebPush(body: Buffer, ecdh: ECDH, auth: Buffer): unknown {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const serverPublicKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = ecdh.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([
    Buffer.from("WebPush: info\0"),
    ecdh.getPublicKey(),
    serverPublicKey,
  ]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, auth, keyInfo, 32));
  const key = Buffer.from(hkdfSync("sha256", ikm, salt, "Content-Encoding: aes128gcm\0", 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, "Content-Encoding: nonce\0", 12));
  const decipher = createDecipheriv("aes-128-gcm", key, nonce);
  decipher.setAuthTag(ciphertext.subarray(-16));
  const record = Buffer.concat([decipher.update(ciphertext.subarray(0, -16)), decipher.final()]);
  // Plaintext, then the last-record delimiter 0x02, then zero padding.
  return JSON.parse(record.subarray(0, record.lastIndexOf(2)).toString("utf8"));
}

async function message(id: string) {
  const [row] = await getDb().select().from(messages).where(eq(messages.id, id));
  return row!;
}

async function queuePush(userId: string, overrides: Partial<Parameters<typeof sendPush>[0]> = {}) {
  const result = await sendPush({
    userId,
    title: "New shift offered",
    body: "Saturday 18:00 at Arena — stagehand",
    url: "/work/requests/42",
    template: "labor-request",
    locale: "en",
    ...overrides,
  });
  return result.messageId;
}

describe("sendPush", () => {
  it("records the push and its job in the caller's transaction, or neither", async () => {
    const user = await createUser();
    const rollback = new Error("rollback");
    await expect(
      getDb().transaction(async (tx) => {
        await sendPush({ userId: user.id, title: "Ghost", body: "", locale: "en" }, tx);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await getDb().select().from(messages).where(eq(messages.recipient, user.id))).toEqual(
      [],
    );

    const result = await sendPush({ userId: user.id, title: "Hello", body: "There", locale: "sq" });
    expect(result.status).toBe("queued");
    expect(await message(result.messageId)).toMatchObject({
      channel: "push",
      recipient: user.id,
      subject: "Hello",
      body: "There",
      template: "notification",
      locale: "sq",
      status: "queued",
    });
    const jobs = await getSql().unsafe(
      `select data from ${BOSS_SCHEMA}.job where name = 'push' and data->>'messageId' = $1`,
      [result.messageId],
    );
    expect(jobs).toHaveLength(1);
  });

  it("sends nothing to a user who turned push off: recorded as failed, no job", async () => {
    const user = await createUser({ notifyPush: false });
    const result = await sendPush({ userId: user.id, title: "Hi", body: "", locale: "en" });
    expect(result).toMatchObject({ status: "skipped", reason: "push-off" });
    expect(await message(result.messageId)).toMatchObject({
      status: "failed",
      error: "The recipient turned push notifications off.",
    });
    const jobs = await getSql().unsafe(
      `select 1 from ${BOSS_SCHEMA}.job where name = 'push' and data->>'messageId' = $1`,
      [result.messageId],
    );
    expect(jobs).toEqual([]);
  });

  it("refuses a url that is neither an app path nor an http(s) URL", async () => {
    const user = await createUser();
    await expect(
      sendPush({
        userId: user.id,
        title: "Hi",
        body: "",
        url: "javascript:alert(1)",
        locale: "en",
      }),
    ).rejects.toThrow();
    await expect(
      sendPush({ userId: user.id, title: "Hi", body: "", url: "//evil.test/x", locale: "en" }),
    ).rejects.toThrow();
  });
});

describe("push delivery", () => {
  it("lands in the outbox as delivered without provider keys", async () => {
    const user = await createUser();
    await subscribeBrowser(user.id);
    const id = await queuePush(user.id);
    await deliverPush(id, firstAttempt);
    expect(await message(id)).toMatchObject({
      status: "delivered",
      provider: "outbox",
      subject: "New shift offered",
      body: "Saturday 18:00 at Arena — stagehand",
      error: null,
    });
    expect(pushServiceCalls).toEqual([]);
    // What /dev/outbox and GET /api/dev/outbox show for it.
    const [listed] = await listOutbox({ channel: "push", to: user.id, limit: 5 });
    expect(listed).toMatchObject({
      id,
      subject: "New shift offered",
      link: "/work/requests/42",
      status: "delivered",
    });
  });

  it("fails clearly without keys when the outbox is off", async () => {
    vi.stubEnv("OUTBOX_ENABLED", "false");
    forgetEnv();
    const user = await createUser();
    const id = await queuePush(user.id);
    await deliverPush(id, firstAttempt);
    expect(await message(id)).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/No push provider: set VAPID_\* or FIREBASE_SERVICE_ACCOUNT/),
    });
  });

  it("does not deliver when the user turned push off after it was queued", async () => {
    useWebPush();
    const user = await createUser();
    await subscribeBrowser(user.id);
    const id = await queuePush(user.id);
    await getDb().update(users).set({ notifyPush: false }).where(eq(users.id, user.id));
    await deliverPush(id, firstAttempt);
    expect(await message(id)).toMatchObject({
      status: "failed",
      error: "The recipient turned push notifications off.",
    });
    expect(pushServiceCalls).toEqual([]);
  });

  it("encrypts for each browser with the real web-push library, signs with VAPID, and forgets a gone one", async () => {
    useWebPush();
    const user = await createUser();
    const live = await subscribeBrowser(user.id);
    const gone = await subscribeBrowser(user.id);
    pushServiceAnswers.set(gone.pushId, 410);

    const id = await queuePush(user.id);
    await deliverPush(id, firstAttempt);

    expect(pushServiceCalls).toHaveLength(2);
    const call = pushServiceCalls.find((c) => c.endpoint === live.endpoint)!;
    expect(call.headers.get("content-encoding")).toBe("aes128gcm");
    expect(call.headers.get("ttl")).toBe(String(12 * 60 * 60));
    expect(call.headers.get("urgency")).toBe("high");

    // Authorization: vapid t=<ES256 JWT for the push service's origin>, k=<our public key>
    const match = /^vapid t=([^,]+), k=(\S+)$/.exec(call.headers.get("authorization") ?? "");
    expect(match?.[2]).toBe(vapid.publicKey);
    const point = Buffer.from(vapid.publicKey, "base64url");
    const key = await importJWK(
      {
        kty: "EC",
        crv: "P-256",
        x: point.subarray(1, 33).toString("base64url"),
        y: point.subarray(33, 65).toString("base64url"),
      },
      "ES256",
    );
    const { payload } = await jwtVerify(match![1]!, key);
    expect(payload).toMatchObject({
      aud: "https://fcm.googleapis.com",
      sub: "mailto:ops@callboard.test",
    });

    expect(decryptWebPush(call.body, live.ecdh, live.auth)).toEqual({
      title: "New shift offered",
      body: "Saturday 18:00 at Arena — stagehand",
      url: "http://localhost:3000/work/requests/42",
      tag: id,
    });

    const row = await message(id);
    expect(row).toMatchObject({ status: "sent", provider: "web-push", error: null });
    expect(row.metadata).toMatchObject({
      url: "/work/requests/42",
      deliveries: expect.arrayContaining([
        { kind: "web-push", targetId: live.id, outcome: "sent" },
        { kind: "web-push", targetId: gone.id, outcome: "gone" },
      ]),
    });
    const left = await getDb()
      .select({ id: pushSubscriptions.id, lastUsedAt: pushSubscriptions.lastUsedAt })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, user.id));
    expect(left).toEqual([{ id: live.id, lastUsedAt: expect.any(Date) }]);

    // A repeated job sends nothing twice.
    await deliverPush(id, firstAttempt);
    expect(pushServiceCalls).toHaveLength(2);
  });

  it("retries when no browser could be reached, and fails after the last try", async () => {
    useWebPush();
    const user = await createUser();
    const browser = await subscribeBrowser(user.id);
    pushServiceAnswers.set(browser.pushId, 503);
    const id = await queuePush(user.id);

    await expect(deliverPush(id, firstAttempt)).rejects.toThrow(/fcm\.googleapis\.com failed: 503/);
    expect(await message(id)).toMatchObject({
      status: "queued",
      error: expect.stringMatching(/503/),
    });
    await expect(deliverPush(id, { id: "job", retryCount: 4 })).rejects.toThrow();
    expect((await message(id)).status).toBe("failed");
    // A failing push service is not a gone subscription: it is kept.
    expect(
      await getDb().select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, user.id)),
    ).toHaveLength(1);
  });

  it("fails clearly when push is configured but the user registered nothing", async () => {
    useWebPush();
    const user = await createUser();
    const id = await queuePush(user.id);
    await deliverPush(id, firstAttempt);
    expect(await message(id)).toMatchObject({
      status: "failed",
      error: "The recipient has no browser or app install registered for push.",
    });
  });

  it("sends to app installs through the real firebase-admin SDK and forgets an unregistered token", async () => {
    useFcm();
    const user = await createUser();
    const phone = await registerDevice(user.id, { platform: "android", token: "fcm-token-pixel" });
    const uninstalled = await registerDevice(user.id, {
      platform: "ios",
      token: UNREGISTERED_TOKEN,
    });
    const id = await queuePush(user.id, { locale: "sq", title: "Turn i ri", body: "Të shtunën" });
    await deliverPush(id, firstAttempt);

    // The SDK signed a JWT with the service account and traded it for an access token.
    expect(tokenRequests[0]).toContain(
      "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer",
    );
    expect(fcmCalls).toHaveLength(2);
    const sent = fcmCalls.find((call) => call.body.message.token === "fcm-token-pixel")!;
    expect(sent.authorization).toBe("Bearer ya29.test-token");
    expect(sent.body.message).toEqual({
      token: "fcm-token-pixel",
      notification: { title: "Turn i ri", body: "Të shtunën" },
      data: { messageId: id, url: "http://localhost:3000/work/requests/42" },
      android: { priority: "high" },
      apns: { payload: { aps: { sound: "default" } } },
    });

    expect(await message(id)).toMatchObject({ status: "sent", provider: "fcm", error: null });
    const left = await getDb()
      .select({ id: devices.id })
      .from(devices)
      .where(eq(devices.userId, user.id));
    expect(left).toEqual([{ id: phone.id }]);
    expect(uninstalled.id).not.toBe(phone.id);
  });

  it("reaches browsers and app installs together", async () => {
    useWebPush();
    useFcm();
    const user = await createUser();
    await subscribeBrowser(user.id);
    await registerDevice(user.id, { platform: "android", token: "fcm-token-tablet" });
    const id = await queuePush(user.id);
    await deliverPush(id, firstAttempt);
    expect(pushServiceCalls).toHaveLength(1);
    expect(fcmCalls).toHaveLength(1);
    expect(await message(id)).toMatchObject({ status: "sent", provider: "web-push+fcm" });
  });
});
