import type { z } from "zod";
import type { Permission } from "@/lib/tenancy/permissions";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const API_PREFIX = "/api/v1";

/**
 * Everything known about one `/api/v1` endpoint, declared once next to the module's zod
 * schemas. The route handler, the router's 404/405 answers and the OpenAPI document all
 * read it, so they cannot disagree.
 */
/**
 * Who may call an endpoint: anyone; a signed-in user (bearer token or browser session);
 * or a member of the organization named by the `orgId` path parameter, else by the
 * `X-Org-Id` (or `org`) header.
 */
export type AuthMode = "public" | "user" | "org";

export interface RouteContract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  A extends AuthMode = AuthMode,
> {
  method: HttpMethod;
  /** Path below `/api/v1`, OpenAPI style: `/staffing/events/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  auth: A;
  /** With `auth: "org"`: the action the member's role must allow (403 otherwise). */
  permission?: Permission;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * A body the handler reads itself from `request` (file uploads), documented in OpenAPI
   * with these media types; leave `body` out. `multipart/form-data` gets a `file` field.
   */
  upload?: { mediaTypes: string[]; description?: string };
  response: R;
  /** HTTP status of a success (default 200). */
  status?: 200 | 201 | 202;
  /** Lists answer with `meta: {page, pageSize, total}` beside `data`. */
  paginated?: boolean;
  /** Answers with a raw JSON document instead of the envelope (the OpenAPI document). */
  raw?: boolean;
  /**
   * With `raw`: the media type of a success that is not JSON (`text/csv`, `application/pdf`);
   * the handler returns its own `Response`, errors keep the JSON envelope.
   */
  mediaType?: string;
  /** Error statuses worth documenting besides the ones every route can give. */
  errors?: number[];
}

export function defineRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
  A extends AuthMode,
>(contract: RouteContract<P, Q, B, R, A>): RouteContract<P, Q, B, R, A> {
  return contract;
}
