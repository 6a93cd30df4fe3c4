"use client";

import { QueryClientContext } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import PusherJs from "pusher-js";
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useEffectEvent,
  useState,
} from "react";
import { type ChannelEventOptions, channelEventListener } from "./channel-event";

export interface BrowserRealtimeConfig {
  key: string;
  cluster: string;
  host?: string;
  port?: number;
  useTLS: boolean;
}

const RealtimeContext = createContext<PusherJs | null>(null);

/** How many mounted listeners each client has per channel. */
const subscriberCounts = new WeakMap<PusherJs, Map<string, number>>();

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

/**
 * While the component is mounted, calls `handler` for each `event` on `channel` and/or
 * invalidates TanStack Query keys: `useChannelEvent(channel, event, { invalidate: [["outbox"]] })`.
 * The latest handler and options are used without re-subscribing on each render.
 */
export function useChannelEvent<T = unknown>(
  channel: string,
  event: string,
  handler: (data: T) => void,
  options?: ChannelEventOptions<T>,
): void;
export function useChannelEvent<T = unknown>(
  channel: string,
  event: string,
  options: ChannelEventOptions<T>,
): void;
export function useChannelEvent<T = unknown>(
  channel: string,
  event: string,
  handlerOrOptions: ((data: T) => void) | ChannelEventOptions<T>,
  maybeOptions: ChannelEventOptions<T> = {},
): void {
  const client = useContext(RealtimeContext);
  const queryClient = useContext(QueryClientContext);
  const handler = typeof handlerOrOptions === "function" ? handlerOrOptions : undefined;
  const options = typeof handlerOrOptions === "function" ? maybeOptions : handlerOrOptions;
  const onEvent = useEffectEvent((data: T) =>
    channelEventListener(handler, options, queryClient)(data),
  );
  useEffect(() => {
    if (!client) return;
    const counts = subscriberCounts.get(client) ?? new Map<string, number>();
    subscriberCounts.set(client, counts);
    counts.set(channel, (counts.get(channel) ?? 0) + 1);
    const subscription = client.subscribe(channel);
    const listen = (data: T) => onEvent(data);
    subscription.bind(event, listen);
    return () => {
      subscription.unbind(event, listen);
      // Other components may listen on the same channel (the bell and a page's live view):
      // only the last one to leave unsubscribes, or the others would go deaf.
      const left = (counts.get(channel) ?? 1) - 1;
      if (left > 0) counts.set(channel, left);
      else {
        counts.delete(channel);
        client.unsubscribe(channel);
      }
    };
  }, [client, channel, event]);
}
