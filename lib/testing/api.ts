import type { RouteHandler } from "@/lib/api/route";

interface CallOptions {
  /** Path parameters as Next passes them to the handler. */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  token?: string;
  orgId?: string;
  headers?: Record<string, string>;
}

/**
 * Calls a route handler the way Next does, with JSON in and the parsed envelope out, so
 * integration tests exercise auth, parsing and the envelope along with the domain.
 */
export async function callApi(handler: RouteHandler, options: CallOptions = {}) {
  const url = new URL("http://localhost/api/v1/test");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.orgId) headers["x-org-id"] = options.orgId;
  const response = await handler(
    new Request(url, {
      method: handler.contract?.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
    // As Next does: routes without dynamic segments get no params object at all.
    { params: Promise.resolve(options.params) as Promise<Record<string, string>> },
  );
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field
  const json: any = text ? JSON.parse(text) : null;
  return { status: response.status, headers: response.headers, body: json };
}
