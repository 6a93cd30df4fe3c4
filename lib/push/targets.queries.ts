import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, pushSubscriptions } from "@/db/schema";

export interface PushTargets {
  subscriptions: { id: string; endpoint: string; p256dh: string; auth: string }[];
  devices: { id: string; platform: "ios" | "android"; token: string }[];
}

/** Everything a push to this user goes to: their browsers and their app installs. */
export async function listPushTargets(userId: string): Promise<PushTargets> {
  const db = getDb();
  const [subscriptionRows, deviceRows] = await Promise.all([
    db
      .select({
        id: pushSubscriptions.id,
        endpoint: pushSubscriptions.endpoint,
        p256dh: pushSubscriptions.p256dh,
        auth: pushSubscriptions.auth,
      })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId)),
    db
      .select({ id: devices.id, platform: devices.platform, token: devices.token })
      .from(devices)
      .where(eq(devices.userId, userId)),
  ]);
  return { subscriptions: subscriptionRows, devices: deviceRows };
}
