import {
  type AppError,
  type FieldErrors,
  MethodNotAllowedError,
  RateLimitError,
} from "@/lib/errors";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/translator";

export interface PageMeta {
  page: number;
  pageSize: number;
  total: number;
}

/** What a handler returns on success; the wrapper turns it into the envelope. */
export class ApiResult<T> {
  constructor(
    readonly data: T,
    readonly message: string,
    readonly status: number = 200,
    readonly meta?: PageMeta,
  ) {}
}

export const ok = <T>(data: T, message: string) => new ApiResult(data, message, 200);
export const created = <T>(data: T, message: string) => new ApiResult(data, message, 201);
export const accepted = <T>(data: T, message: string) => new ApiResult(data, message, 202);
export const paginated = <T>(items: T[], meta: PageMeta, message: string) =>
  new ApiResult(items, message, 200, meta);

function json(body: unknown, status: number, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers });
}

export function successResponse(result: ApiResult<unknown>, requestId: string): Response {
  const body = {
    status: "success" as const,
    message: result.message,
    data: result.data,
    ...(result.meta ? { meta: result.meta } : {}),
  };
  return json(body, result.status, { "X-Request-Id": requestId });
}

export function errorResponse(
  status: number,
  message: string,
  requestId: string,
  errors?: FieldErrors,
  headers: Record<string, string> = {},
): Response {
  const body = { status: "error" as const, message, ...(errors ? { errors } : {}), requestId };
  return json(body, status, { ...headers, "X-Request-Id": requestId });
}

/** The one place where a domain error becomes an HTTP answer. */
/** Field errors in the caller's language (the domain gives keys or plain text). */
export function localizeFieldErrors(t: Translate, fieldErrors: FieldErrors | undefined) {
  return fieldErrors
    ? Object.fromEntries(
        Object.entries(fieldErrors).map(([field, list]) => [
          field,
          list.map((text) => localize(t, text)),
        ]),
      )
    : undefined;
}

export function appErrorResponse(error: AppError, t: Translate, requestId: string): Response {
  const errors = localizeFieldErrors(t, error.fieldErrors);
  const headers: Record<string, string> = {};
  if (error instanceof RateLimitError) headers["Retry-After"] = String(error.retryAfterSeconds);
  if (error instanceof MethodNotAllowedError) headers.Allow = error.allow.join(", ");
  return errorResponse(
    error.status,
    localize(t, error.messageKey, error.values),
    requestId,
    errors,
    headers,
  );
}

export function internalErrorResponse(t: Translate, requestId: string): Response {
  return errorResponse(500, t("errors.internal", { requestId }), requestId);
}
