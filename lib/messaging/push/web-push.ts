import webpush from "web-push";
import type { WebPushSettings } from "./config";
import type { PushContent, PushOutcome } from "./provider";

/** A push that has not arrived within this long is no longer worth showing. */
const TIME_TO_LIVE_SECONDS = 12 * 60 * 60;

export interface WebPushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Encrypts the notification for one browser and hands it to its push service, signed with
 * our VAPID key. 404/410 mean the browser unsubscribed: "gone". Anything else throws.
 */
export async function sendWebPush(
  target: WebPushTarget,
  content: PushContent,
  settings: WebPushSettings,
): Promise<PushOutcome> {
  const payload = JSON.stringify({
    title: content.title,
    body: content.body,
    url: content.url,
    tag: content.messageId,
  });
  try {
    const result = await webpush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        vapidDetails: settings,
        TTL: TIME_TO_LIVE_SECONDS,
        urgency: "high",
        timeout: 10_000,
      },
    );
    const location = result.headers.location;
    return { status: "sent", providerId: typeof location === "string" ? location : undefined };
  } catch (error) {
    if (error instanceof webpush.WebPushError) {
      if (error.statusCode === 404 || error.statusCode === 410) return { status: "gone" };
      const host = new URL(target.endpoint).host;
      throw new Error(`Web push to ${host} failed: ${error.statusCode} ${error.body}`.trim());
    }
    throw error;
  }
}
