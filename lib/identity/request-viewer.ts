import { type Viewer, viewerFromBearer } from "./viewer";

/**
 * The viewer of an API request. Mobile clients send a bearer token; the browser's own
 * session cookie is accepted too (see lib/identity/web-session.ts) so dashboard pages can
 * call the API without handling tokens.
 */
export async function viewerFromRequest(request: Request): Promise<Viewer | null> {
  return viewerFromBearer(request);
}
