import { type Viewer, viewerFromBearer } from "./viewer";
import { viewerFromSessionCookie } from "./web-session";

/**
 * The viewer of an API request. Mobile clients send a bearer token; the browser's own
 * session cookie is accepted too, so dashboard pages can call the API without tokens.
 */
export async function viewerFromRequest(request: Request): Promise<Viewer | null> {
  if (request.headers.has("authorization")) return viewerFromBearer(request);
  return viewerFromSessionCookie(request);
}
