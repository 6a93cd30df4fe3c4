"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef } from "react";
import { useChannelEvent } from "./realtime-provider";

/** Re-renders the server page when `event` arrives on `channel` (at most every 500 ms). */
export function LiveRefresh({ channel, event }: { channel: string; event: string }) {
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refresh = useCallback(() => {
    pending.current ??= setTimeout(() => {
      pending.current = null;
      router.refresh();
    }, 500);
  }, [router]);
  useChannelEvent(channel, event, refresh);
  return null;
}
