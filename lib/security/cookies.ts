/**
 * Options of every cookie the app sets itself: never readable by scripts, not sent on
 * cross-site posts, HTTPS-only in production.
 */
export function appCookie(options: { maxAgeSeconds: number; path?: string }) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NODE_ENV === "production",
    maxAge: options.maxAgeSeconds,
    path: options.path ?? "/",
  };
}
