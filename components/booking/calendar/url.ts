/**
 * Builds a bookings URL from the current query with some parameters changed; `null`
 * removes one. Pure so both server pages and client components use it.
 */
export function withParams(
  path: string,
  current: Record<string, string | undefined>,
  changes: Record<string, string | null>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(current)) if (value) params.set(key, value);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
