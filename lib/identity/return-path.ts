/**
 * Where to go after signing in, from a `callbackUrl` the browser sent: only a path on this
 * site, so a crafted link cannot bounce a fresh session to another origin.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return undefined;
  }
  return value;
}
