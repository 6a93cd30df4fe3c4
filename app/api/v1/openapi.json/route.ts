import { buildOpenApiDocument } from "@/lib/api/openapi";
import { openApiDocumentRoute } from "@/lib/api/registry";
import { apiRoute } from "@/lib/api/route";

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = apiRoute(openApiDocumentRoute, async () => {
  document ??= buildOpenApiDocument();
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
});
