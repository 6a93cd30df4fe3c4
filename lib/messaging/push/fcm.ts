import { createHash } from "node:crypto";
import { type App, cert, getApps, initializeApp } from "firebase-admin/app";
import { getMessaging } from "firebase-admin/messaging";
import type { FirebaseServiceAccount } from "./config";
import type { PushContent, PushOutcome } from "./provider";

/** Codes after which a token never works again (app uninstalled, data cleared, bad token). */
const GONE_CODES = new Set([
  "messaging/registration-token-not-registered",
  "messaging/invalid-registration-token",
]);

/** One Firebase app per service account, reused (its access token is cached inside). */
function firebaseApp(account: FirebaseServiceAccount): App {
  const fingerprint = createHash("sha256")
    .update(`${account.client_email}\n${account.private_key}`)
    .digest("hex")
    .slice(0, 16);
  const name = `callboard-fcm-${fingerprint}`;
  return (
    getApps().find((app) => app.name === name) ??
    initializeApp(
      {
        credential: cert({
          projectId: account.project_id,
          clientEmail: account.client_email,
          privateKey: account.private_key,
        }),
        projectId: account.project_id,
      },
      name,
    )
  );
}

/** Sends the notification to one app install through FCM (HTTP v1). */
export async function sendFcm(
  token: string,
  content: PushContent,
  account: FirebaseServiceAccount,
): Promise<PushOutcome> {
  try {
    const name = await getMessaging(firebaseApp(account)).send({
      token,
      notification: { title: content.title, body: content.body },
      data: { messageId: content.messageId, ...(content.url ? { url: content.url } : {}) },
      android: { priority: "high" },
      apns: { payload: { aps: { sound: "default" } } },
    });
    return { status: "sent", providerId: name };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && GONE_CODES.has(code)) return { status: "gone" };
    throw error;
  }
}
