import { isServer, QueryClient } from "@tanstack/react-query";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Realtime events invalidate what changed, so data need not refetch on every mount.
      queries: { staleTime: 30_000 },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * One client per browser tab; a fresh one per server render so no data is shared between
 * requests. (Not useState: React may drop state when the first render suspends.)
 */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
