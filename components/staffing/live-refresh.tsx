"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useChannelEvent } from "@/components/realtime/realtime-provider";
import { orgChannel } from "@/lib/realtime/channels";

/**
 * `STAFFING_CHANGED` from lib/staffing/live.ts, repeated here because that module enqueues
 * jobs and cannot be bundled for the browser (live-refresh.test.ts keeps the two equal).
 */
export const STAFFING_CHANGED_EVENT = "staffing.changed";

/** Bursts of changes (a bulk confirm, a send to 50 workers) cause one refresh, not fifty. */
export const REFRESH_DEBOUNCE_MS = 300;

/**
 * Re-renders the server page whenever staffing data of the org changes (any request,
 * requirement, call time, event, time entry or notification), so counters and lists stay
 * current without a reload. Needs a `RealtimeProvider` above it (the /manage layout has one).
 */
export function LiveRefresh({ orgId }: { orgId: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useChannelEvent(orgChannel(orgId), STAFFING_CHANGED_EVENT, () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, REFRESH_DEBOUNCE_MS);
  });
  return null;
}
