import { getToken } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { cache } from "react";
import { appUrl, authSecret } from "@/lib/config/env";
import { revokeOwnSession } from "./sessions.service";
import { signStep } from "./sign-in-ticket";
import { type Viewer, viewerForSession } from "./viewer";
import { auth, signIn, signOut } from "./web-auth";

/** The signed-in viewer of this page render (one lookup per request). */
export const getWebViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await auth()) as { userId?: string; sessionId?: string } | null;
  if (!session?.userId || !session.sessionId) return null;
  return viewerForSession({ userId: session.userId, sessionId: session.sessionId });
});

/** For pages behind sign-in: the viewer, or a redirect to /sign-in that comes back here. */
export async function requireWebViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getWebViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/**
 * Our public origin (APP_URL) and the one the browser addressed (Host). Not the request
 * URL's: Next binds to 0.0.0.0 and reports that as the origin of every request.
 */
export function ownOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(appUrl()).origin]);
  const host = request.headers.get("host");
  if (host) origins.add(`${new URL(request.url).protocol}//${host}`);
  return origins;
}

/**
 * The browser's session cookie on an API request, so dashboard pages can call /api/v1
 * without tokens. Unsafe methods must come from our own origin (SameSite=Lax already
 * keeps cross-site posts from carrying the cookie; this is the second lock).
 */
export async function viewerFromSessionCookie(request: Request): Promise<Viewer | null> {
  const cookie = request.headers.get("cookie");
  if (!cookie || !cookie.includes("authjs.session-token")) return null;
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
    const origin = request.headers.get("origin");
    if (origin && !ownOrigins(request).has(origin)) return null;
  }
  const secureCookie = cookie.includes("__Secure-authjs.session-token");
  const token = await getToken({
    req: request,
    secret: authSecret(),
    secureCookie,
    salt: secureCookie ? "__Secure-authjs.session-token" : "authjs.session-token",
  });
  if (typeof token?.sub !== "string" || typeof token.sid !== "string") return null;
  return viewerForSession({ userId: token.sub, sessionId: token.sid });
}

/** Ends a server action's sign-in step: starts the browser session and goes on. */
export async function completeWebSignIn(
  userId: string,
  method: string,
  redirectTo: string,
): Promise<never> {
  const ticket = await signStep("sign-in-ticket", { userId, method });
  await signIn("ticket", { ticket, redirectTo });
  // signIn redirects (throws); reaching here would be a next-auth contract change.
  throw new Error("sign-in did not redirect");
}

/** Sign out this browser: the session row is revoked, so a copied cookie is dead too. */
export async function signOutWeb(): Promise<void> {
  const viewer = await getWebViewer();
  if (viewer) await revokeOwnSession(viewer.user.id, viewer.sessionId).catch(() => undefined);
  await signOut({ redirectTo: "/" });
}
