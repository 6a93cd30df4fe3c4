import { buildOpenApiDocument } from "@/lib/api/openapi";
import { openApiDocumentRoute } from "@/lib/api/registry";
import { apiRoute, endpoint } from "@/lib/api/route";

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(openApiDocumentRoute, async () => {
    document ??= buildOpenApiDocument();
    return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
  }),
);
