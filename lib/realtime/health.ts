import { realtimeSettings } from "@/lib/config/env";
import { ServiceUnavailableError } from "@/lib/errors";
import { pusherClient } from "./server";

/** Asks the configured realtime server for a sign of life; 503 when it does not answer. */
export async function checkRealtime(): Promise<{
  status: "ok";
  server: "local" | "pusher";
  latencyMs: number;
}> {
  const settings = realtimeSettings();
  const started = performance.now();
  try {
    const response = settings.local
      ? await fetch(`http://${settings.host}:${settings.port}/`, {
          signal: AbortSignal.timeout(3_000),
        })
      : await pusherClient().get({ path: "/channels" });
    if (!response.ok) throw new Error(`answered ${response.status}`);
  } catch {
    throw new ServiceUnavailableError("health.realtimeDown");
  }
  return {
    status: "ok",
    server: settings.local ? "local" : "pusher",
    latencyMs: Math.round((performance.now() - started) * 100) / 100,
  };
}
