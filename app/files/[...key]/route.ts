import { getFile } from "@/lib/storage";

/**
 * Uploaded files (avatars, logos) at `/files/{key}`, from whichever storage driver runs.
 * Keys are random or content-addressed, so a URL's bytes never change: cache for a year.
 * The stored type is served with nosniff and a CSP that forbids everything, so an upload
 * opened directly can never run as a page.
 */
const SAFETY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; sandbox",
};

export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }) {
  const { key } = await context.params;
  const file = await getFile(key.join("/"));
  if (!file) {
    return new Response("Not found", {
      status: 404,
      headers: {
        ...SAFETY_HEADERS,
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
      },
    });
  }
  return new Response(file.body, {
    headers: {
      ...SAFETY_HEADERS,
      "Content-Type": file.contentType,
      ...(file.size !== undefined ? { "Content-Length": String(file.size) } : {}),
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
