import { realtimeSettings } from "@/lib/config/env";
import type { BrowserRealtimeConfig } from "./realtime-provider";

/** What the browser needs to connect: never the secret. */
export function browserRealtimeConfig(): BrowserRealtimeConfig {
  const { key, cluster, host, port, useTLS } = realtimeSettings();
  return { key, cluster, host, port, useTLS };
}
