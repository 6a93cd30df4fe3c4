import { env, type TEnv } from "@/lib/config/env";

export interface WebPushSettings {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/** The VAPID identity web pushes are signed with; undefined when web push is off. */
export function webPushSettings(config: TEnv = env()): WebPushSettings | undefined {
  if (!config.VAPID_PUBLIC_KEY || !config.VAPID_PRIVATE_KEY) return undefined;
  const address = /<([^>]+)>/.exec(config.EMAIL_FROM)?.[1] ?? config.EMAIL_FROM.trim();
  return {
    publicKey: config.VAPID_PUBLIC_KEY,
    privateKey: config.VAPID_PRIVATE_KEY,
    subject: config.VAPID_SUBJECT ?? `mailto:${address}`,
  };
}

export type FirebaseServiceAccount = NonNullable<TEnv["FIREBASE_SERVICE_ACCOUNT"]>;

/** The service account FCM sends with; undefined when mobile push is off. */
export function fcmServiceAccount(config: TEnv = env()): FirebaseServiceAccount | undefined {
  return config.FIREBASE_SERVICE_ACCOUNT;
}
