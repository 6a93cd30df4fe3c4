import type { RequestHandler } from "msw";
import { setupServer } from "msw/node";

/**
 * Intercepts calls to third-party APIs (Resend, Twilio, …) with the given handlers and
 * fails loudly on any other outside call; loopback traffic (the local realtime server)
 * passes through untouched.
 */
export function interceptExternalHttp(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  return {
    server,
    listen: () =>
      server.listen({
        onUnhandledRequest: (request, print) => {
          const { hostname } = new URL(request.url);
          if (hostname === "127.0.0.1" || hostname === "localhost") return;
          print.error();
        },
      }),
    close: () => server.close(),
  };
}
