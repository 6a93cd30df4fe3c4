import type { z } from "zod";
import { AppError, BadRequestError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translator";
import { getLogger, type Logger } from "@/lib/logging/logger";
import { parseInput } from "@/lib/validation/parse";
import type { RouteContract } from "./contract";
import { apiTranslatorFor, requestIdFor } from "./request-context";
import {
  type ApiResult,
  appErrorResponse,
  internalErrorResponse,
  successResponse,
} from "./respond";

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<P, Q, B> {
  request: Request;
  params: P;
  query: Q;
  body: B;
  t: Translate;
  log: Logger;
  requestId: string;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Writes a `/api/v1` route handler: request id and logging, parsing of params, query and
 * JSON body with the contract's zod schemas (400 for broken JSON, 422 with field errors),
 * then the domain call, answered in the envelope. Unexpected errors become a 500 that
 * leaks nothing but the request id; the error itself goes to the log.
 */
export function apiRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(
  contract: RouteContract<P, Q, B, R>,
  handler: (
    input: HandlerInput<Output<P>, Output<Q>, Output<B>>,
  ) => Promise<ApiResult<z.input<R>> | ApiResult<z.input<R>[]> | Response>,
) {
  return async function handle(request: Request, context: RouteContext): Promise<Response> {
    const started = performance.now();
    const requestId = requestIdFor(request);
    const t = apiTranslatorFor(request);
    const url = new URL(request.url);
    const log = getLogger().child({ requestId, method: request.method, path: url.pathname });
    let response: Response;
    try {
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
        params: params as Output<P>,
        query: query as Output<Q>,
        body: body as Output<B>,
        t,
        log,
        requestId,
      });
      response = result instanceof Response ? result : successResponse(result, requestId);
      if (result instanceof Response) response.headers.set("X-Request-Id", requestId);
    } catch (error) {
      if (error instanceof AppError) {
        response = appErrorResponse(error, t, requestId);
      } else {
        log.error({ err: error }, "unhandled error in API route");
        response = internalErrorResponse(t, requestId);
      }
    }
    log.info(
      { status: response.status, durationMs: Math.round(performance.now() - started) },
      "api request",
    );
    return response;
  };
}

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
