import Pusher from "pusher";
import { realtimeSettings } from "@/lib/config/env";
import { getLogger } from "@/lib/logging/logger";

const globalForPusher = globalThis as unknown as { callboardPusher?: Pusher };

/** The `pusher` SDK client for the configured server (Pusher, or the local one). */
export function pusherClient(): Pusher {
  if (!globalForPusher.callboardPusher) {
    const settings = realtimeSettings();
    globalForPusher.callboardPusher = new Pusher({
      appId: settings.appId,
      key: settings.key,
      secret: settings.secret,
      cluster: settings.cluster,
      useTLS: settings.useTLS,
      ...(settings.host ? { host: settings.host } : {}),
      ...(settings.port ? { port: String(settings.port) } : {}),
    });
  }
  return globalForPusher.callboardPusher;
}

/**
 * Publishes an event after the change it announces is saved. Live updates are a courtesy:
 * a failure is logged and never fails the work that triggered it.
 */
export async function publish(channel: string, event: string, data: unknown): Promise<void> {
  try {
    await pusherClient().trigger(channel, event, data);
  } catch (error) {
    getLogger().warn({ err: error, channel, event }, "realtime publish failed");
  }
}
