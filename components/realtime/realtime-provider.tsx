"use client";

import { useTranslations } from "next-intl";
import PusherJs from "pusher-js";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";

export interface BrowserRealtimeConfig {
  key: string;
  cluster: string;
  host?: string;
  port?: number;
  useTLS: boolean;
}

const RealtimeContext = createContext<PusherJs | null>(null);

/** One Pusher connection per page; a quiet banner shows while it is lost (it reconnects). */
export function RealtimeProvider({
  config,
  children,
}: {
  config: BrowserRealtimeConfig;
  children: ReactNode;
}) {
  const t = useTranslations("common");
  const [client, setClient] = useState<PusherJs | null>(null);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    const pusher = new PusherJs(config.key, {
      cluster: config.cluster,
      forceTLS: config.useTLS,
      disableStats: true,
      channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
      ...(config.host
        ? {
            wsHost: config.host,
            wsPort: config.port,
            wssPort: config.port,
            enabledTransports: config.useTLS ? ["wss"] : ["ws"],
          }
        : {}),
    });
    pusher.connection.bind("state_change", ({ current }: { current: string }) =>
      setLost(current === "unavailable" || current === "failed"),
    );
    // Hand the client to subscribers once it connects (pusher-js queues nothing before).
    pusher.connection.bind("connected", () => setClient(pusher));
    return () => pusher.disconnect();
  }, [config]);

  return (
    <RealtimeContext.Provider value={client}>
      {lost && (
        <div role="status" className="bg-warning/10 px-4 py-1.5 text-center text-xs text-warning">
          {t("liveLost")}
        </div>
      )}
      {children}
    </RealtimeContext.Provider>
  );
}

/** Calls `handler` for each `event` on `channel` while the component is mounted. */
export function useChannelEvent<T = unknown>(
  channel: string,
  event: string,
  handler: (data: T) => void,
): void {
  const client = useContext(RealtimeContext);
  useEffect(() => {
    if (!client) return;
    const subscription = client.subscribe(channel);
    subscription.bind(event, handler);
    return () => {
      subscription.unbind(event, handler);
      client.unsubscribe(channel);
    };
  }, [client, channel, event, handler]);
}
