import type { z } from "zod";
import { AppError, BadRequestError, MethodNotAllowedError, NotFoundError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translator";
import { getLogger, type Logger } from "@/lib/logging/logger";
import { parseInput } from "@/lib/validation/parse";
import type { Viewer } from "@/lib/identity/viewer";
import type { OrgContext } from "@/lib/tenancy/context";
import { type AuthMode, HTTP_METHODS, type RouteContract } from "./contract";
import { authenticate } from "./authenticate";
import { apiTranslatorFor, requestIdFor } from "./request-context";
import {
  type ApiResult,
  appErrorResponse,
  internalErrorResponse,
  successResponse,
} from "./respond";

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<P, Q, B, A extends AuthMode = AuthMode> {
  request: Request;
  /** The signed-in caller; null on a public route called without credentials. */
  viewer: A extends "public" ? Viewer | null : Viewer;
  /** The caller's membership of the request's organization (`auth: "org"` only). */
  org: A extends "org" ? OrgContext : undefined;
  params: P;
  query: Q;
  body: B;
  t: Translate;
  log: Logger;
  requestId: string;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type RouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & {
  /** The contract a real handler serves; absent on the 404/405 answers. */
  contract?: RouteContract;
};

interface RequestScope {
  t: Translate;
  log: Logger;
  requestId: string;
  url: URL;
}

/**
 * What every `/api/v1` request goes through: a request id (kept from a sane incoming
 * X-Request-Id), the caller's language, a logger bound to both, domain errors mapped to
 * the envelope, unexpected ones to a 500 that leaks nothing but the request id, and one
 * log line per request.
 */
async function handleRequest(
  request: Request,
  run: (scope: RequestScope) => Promise<Response>,
): Promise<Response> {
  const started = performance.now();
  const requestId = requestIdFor(request);
  const url = new URL(request.url);
  const log = getLogger().child({ requestId, method: request.method, path: url.pathname });
  // The language may change once the caller is known (their saved one): errors follow it.
  const scope: RequestScope = { t: apiTranslatorFor(request), log, requestId, url };
  let response: Response;
  try {
    response = await run(scope);
  } catch (error) {
    if (error instanceof AppError) {
      response = appErrorResponse(error, scope.t, requestId);
    } else {
      log.error({ err: error }, "unhandled error in API route");
      response = internalErrorResponse(scope.t, requestId);
    }
  }
  log.info(
    { status: response.status, durationMs: Math.round(performance.now() - started) },
    "api request",
  );
  return response;
}

/**
 * Writes a `/api/v1` route handler: parses params, query and JSON body with the contract's
 * zod schemas (400 for broken JSON, 422 with field errors), calls the domain and answers in
 * the envelope. Export it through `endpoint()`.
 */
export function apiRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
  A extends AuthMode,
>(
  contract: RouteContract<P, Q, B, R, A>,
  handler: (
    input: HandlerInput<Output<P>, Output<Q>, Output<B>, A>,
  ) => Promise<ApiResult<z.input<R>> | ApiResult<z.input<R>[]> | Response>,
): RouteHandler {
  const handle: RouteHandler = (request, context) =>
    handleRequest(request, async (scope) => {
      const { log, requestId, url } = scope;
      // Who calls comes first: an anonymous caller learns nothing from validation errors.
      const caller = await authenticate(request, contract, await context.params);
      if (caller.viewer) scope.t = apiTranslatorFor(request, caller.viewer.user.locale);
      const { t } = scope;
      const params = contract.params
        ? parseInput(contract.params, await context.params, t, "params")
        : undefined;
      const query = contract.query
        ? parseInput(contract.query, searchParamsToObject(url.searchParams), t, "query")
        : undefined;
      const body = contract.body
        ? parseInput(contract.body, await readJson(request), t, "body")
        : undefined;
      const result = await handler({
        request,
        viewer: caller.viewer as HandlerInput<unknown, unknown, unknown, A>["viewer"],
        org: caller.org as HandlerInput<unknown, unknown, unknown, A>["org"],
        params: params as Output<P>,
        query: query as Output<Q>,
        body: body as Output<B>,
        t,
        log,
        requestId,
      });
      if (!(result instanceof Response)) return successResponse(result, requestId);
      result.headers.set("X-Request-Id", requestId);
      return result;
    });
  handle.contract = contract as RouteContract;
  return handle;
}

type Endpoint = Record<(typeof HTTP_METHODS)[number] | "OPTIONS", RouteHandler>;

/**
 * The exports of one route file: each handler under its contract's method, and an
 * enveloped 405 (with Allow) for every other method, which Next would answer with an
 * empty body. Use as `export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(…)`.
 */
export function endpoint(...handlers: RouteHandler[]): Endpoint {
  const allow = handlers.map((handler) => handler.contract!.method);
  const methodNotAllowed: RouteHandler = (request) =>
    handleRequest(request, async () => {
      throw new MethodNotAllowedError(request.method, allow);
    });
  const result = Object.fromEntries(
    HTTP_METHODS.map((method) => [
      method,
      handlers.find((handler) => handler.contract!.method === method) ?? methodNotAllowed,
    ]),
  ) as Endpoint;
  result.OPTIONS = async () =>
    new Response(null, { status: 204, headers: { Allow: allow.join(", ") } });
  return result;
}

/** Every method of the catch-all route: an enveloped 404 for paths no route declares. */
export const unknownRoute: RouteHandler = (request) =>
  handleRequest(request, async () => {
    throw new NotFoundError("errors.routeNotFound");
  });

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError("errors.malformedJson");
  }
}

/** Repeated keys (`?tag=a&tag=b`) become arrays; single keys stay strings. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}
