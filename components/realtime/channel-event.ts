import type { QueryClient, QueryKey } from "@tanstack/react-query";

export interface ChannelEventOptions<T> {
  /**
   * TanStack Query keys to invalidate when the event arrives (queries on screen refetch),
   * or a function of the event's data giving them. Keys match by prefix: `["outbox"]`
   * also invalidates `["outbox", "sms"]`.
   */
  invalidate?: readonly QueryKey[] | ((data: T) => readonly QueryKey[]);
}

/** What runs for each event: the caller's handler, then the invalidations it asked for. */
export function channelEventListener<T>(
  handler: ((data: T) => void) | undefined,
  options: ChannelEventOptions<T>,
  queryClient: QueryClient | undefined,
): (data: T) => void {
  return (data) => {
    handler?.(data);
    const { invalidate } = options;
    const keys = typeof invalidate === "function" ? invalidate(data) : (invalidate ?? []);
    if (keys.length === 0) return;
    if (!queryClient) {
      throw new Error("useChannelEvent({ invalidate }) needs a QueryClientProvider above it.");
    }
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
  };
}
