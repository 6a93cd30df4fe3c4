import { readFile } from "node:fs/promises";
import path from "node:path";
import { getAbsoluteFSPath } from "swagger-ui-dist";

const FILES: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

// Started by the docs page; kept as a file so the page needs no inline script.
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  tryItOutEnabled: true,
  persistAuthorization: true,
  // Hundreds of operations: tags start folded (rendering them all took over a minute on a
  // small machine) and the long schema list at the bottom is skipped; deep links
  // (#/Tag/operationId) open one operation.
  docExpansion: "none",
  defaultModelsExpandDepth: -1
});`;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const headers = { "Cache-Control": "public, max-age=86400" };
  if (file === "docs-init.js") {
    return new Response(INIT_SCRIPT, {
      headers: { ...headers, "Content-Type": "text/javascript; charset=utf-8" },
    });
  }
  const type = FILES[file];
  if (!type) return new Response("Not found", { status: 404 });
  const body = await readFile(path.join(getAbsoluteFSPath(), file));
  return new Response(body, { headers: { ...headers, "Content-Type": type } });
}
