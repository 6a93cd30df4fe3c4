import { z } from "zod";
import { DEVICE_PLATFORMS } from "@/db/schema";

/**
 * Browsers subscribe at their vendor's push service; the server later POSTs to that URL.
 * Only those services are accepted, so a subscription cannot point our worker at any other
 * host (e.g. an internal one).
 */
const PUSH_SERVICE_HOST =
  /^(fcm\.googleapis\.com|([a-z0-9-]+\.)*(push\.services\.mozilla\.com|push\.apple\.com|notify\.windows\.com))$/;

export const ZPushEndpoint = z
  .url({ protocol: /^https$/, hostname: PUSH_SERVICE_HOST, error: "validation.pushEndpoint" })
  .max(2048)
  .meta({ example: "https://fcm.googleapis.com/fcm/send/dO3f…" });

// Base64url as PushSubscription.toJSON() gives it: an uncompressed P-256 point (65 bytes,
// so it starts with 0x04 = "B") and a 16-byte auth secret; padding tolerated.
const ZP256dh = z.string().regex(/^B[A-Za-z0-9_-]{86}=?$/, { error: "validation.pushKey" });
const ZAuthSecret = z.string().regex(/^[A-Za-z0-9_-]{22}(==)?$/, { error: "validation.pushKey" });

export const ZPushSubscriptionInput = z
  .object({
    endpoint: ZPushEndpoint,
    keys: z.object({ p256dh: ZP256dh, auth: ZAuthSecret }),
    /** Sent by PushSubscription.toJSON(); not used. */
    expirationTime: z.number().nullable().optional(),
  })
  .meta({
    id: "PushSubscriptionInput",
    description: "The browser's PushSubscription.toJSON(), as is.",
  });

export const ZPushSubscriptionRemoval = z
  .object({ endpoint: z.string().min(1).max(2048) })
  .meta({ id: "PushSubscriptionRemoval" });

export const ZPushSubscription = z
  .object({
    id: z.uuid(),
    endpoint: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "PushSubscription" });

export const ZVapidPublicKey = z
  .object({
    publicKey: z
      .string()
      .meta({ description: "applicationServerKey for PushManager.subscribe() (base64url)" }),
  })
  .meta({ id: "VapidPublicKey" });

export const ZDeviceInput = z
  .object({
    platform: z.enum(DEVICE_PLATFORMS),
    /** The FCM registration token of this app install. */
    token: z.string().trim().min(1).max(4096),
    name: z.string().trim().min(1).max(100).optional(),
    appVersion: z.string().trim().min(1).max(40).optional(),
  })
  .meta({ id: "DeviceInput" });

export const ZDeviceRemoval = z
  .object({ token: z.string().trim().min(1).max(4096) })
  .meta({ id: "DeviceRemoval" });

export const ZDeviceParams = z.object({ id: z.uuid() });

export const ZDevice = z
  .object({
    id: z.uuid(),
    platform: z.enum(DEVICE_PLATFORMS),
    name: z.string().nullable(),
    appVersion: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
  })
  .meta({ id: "Device" });

export type TPushSubscriptionInput = z.infer<typeof ZPushSubscriptionInput>;
export type TPushSubscription = z.infer<typeof ZPushSubscription>;
export type TDeviceInput = z.infer<typeof ZDeviceInput>;
export type TDevice = z.infer<typeof ZDevice>;
