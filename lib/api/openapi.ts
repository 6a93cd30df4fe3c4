import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
} from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import packageJson from "@/package.json";
import type { RouteContract } from "./contract";
import { API_PREFIX } from "./contract";
import { apiRoutes } from "./registry";

const ZFieldErrors = z
  .record(z.string(), z.array(z.string()))
  .meta({ id: "FieldErrors", description: 'Messages per field, e.g. `{"email": ["…"]}`' });

const ZErrorEnvelope = z
  .object({
    status: z.literal("error"),
    message: z.string(),
    errors: ZFieldErrors.optional(),
    requestId: z.string().meta({ description: "Quote it when you contact support" }),
  })
  .meta({ id: "ErrorEnvelope" });

const ZPageMeta = z
  .object({
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
  })
  .meta({ id: "PageMeta" });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed request (e.g. broken JSON)",
  401: "Not signed in, or the token expired",
  403: "Signed in, but not allowed",
  404: "No such resource (or it belongs to another organization)",
  409: "Conflicts with the current state",
  410: "Gone: the link expired or was revoked",
  413: "The body is larger than this endpoint accepts",
  422: "Validation failed; `errors` names each field",
  429: "Too many requests; see Retry-After",
  500: "Unexpected error; `requestId` identifies it in the logs",
  503: "A dependency is unavailable",
};

function successSchema(route: RouteContract) {
  if (route.raw) return route.response;
  return z.object({
    status: z.literal("success"),
    message: z.string(),
    data: route.paginated ? z.array(route.response) : route.response,
    ...(route.paginated ? { meta: ZPageMeta } : {}),
  });
}

/** A body the handler reads as bytes: the raw file, or a form with a `file` field. */
function uploadBody(upload: NonNullable<RouteContract["upload"]>) {
  const file = { type: "string" as const, format: "binary" };
  const schemaFor = (mediaType: string) =>
    mediaType === "multipart/form-data"
      ? { type: "object" as const, properties: { file }, required: ["file"] }
      : file;
  return {
    required: true,
    description: upload.description,
    content: Object.fromEntries(
      upload.mediaTypes.map((mediaType) => [mediaType, { schema: schemaFor(mediaType) }]),
    ),
  };
}

function errorStatuses(route: RouteContract): number[] {
  const statuses = new Set([500, ...(route.errors ?? [])]);
  if (route.auth !== "public") statuses.add(401);
  if (route.auth === "org") [403, 404].forEach((status) => statuses.add(status));
  if (route.body || route.upload) [400, 422].forEach((status) => statuses.add(status));
  if (route.params || route.query) statuses.add(422);
  return [...statuses].sort();
}

/** The OpenAPI 3.1 document, generated from the route contracts' zod schemas. */
const ZOrgHeader = z.object({
  "X-Org-Id": z.uuid().meta({
    description: "The organization this request is about (the header `org` also works)",
  }),
});

export function buildOpenApiDocument(routes: RouteContract[] = apiRoutes) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "The `accessToken` from /auth/login, /auth/register flows or /auth/refresh",
  });
  for (const route of routes) {
    const orgFromHeader = route.auth === "org" && !route.path.includes("{orgId}");
    const responses: Record<string, ResponseConfig> = {
      [route.status ?? 200]: {
        description: route.summary,
        content: { [route.mediaType ?? "application/json"]: { schema: successSchema(route) } },
      },
    };
    for (const status of errorStatuses(route)) {
      responses[status] = {
        description: ERROR_DESCRIPTIONS[status] ?? "Error",
        content: { "application/json": { schema: ZErrorEnvelope } },
      };
    }
    registry.registerPath({
      method: route.method.toLowerCase() as Lowercase<RouteContract["method"]>,
      path: route.path,
      summary: route.summary,
      description: route.description,
      tags: route.tags,
      security: route.auth === "public" ? undefined : [{ [bearer.name]: [] }],
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_, c?: string) => (c ?? "").toUpperCase())}`,
      request: {
        params: route.params as never,
        query: route.query as never,
        headers: orgFromHeader ? ZOrgHeader : undefined,
        body: route.body
          ? { required: true, content: { "application/json": { schema: route.body } } }
          : route.upload
            ? uploadBody(route.upload)
            : undefined,
      },
      responses,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Callboard API",
      version: packageJson.version,
      description:
        "Staffing, bookings and CRM for service businesses. Every answer uses the envelope " +
        '`{"status","message","data"}` (lists add `meta`); errors carry `errors` per field.',
    },
    servers: [{ url: API_PREFIX }],
  });
}
