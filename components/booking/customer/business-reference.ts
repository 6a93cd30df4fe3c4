const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;

/**
 * What a freelancer pasted to name a business: a link to its page
 * (`https://…/businesses/studio-bella`, with or without a query), a path, an id or a slug.
 * Returns the id or slug the services look up, or null when it names nothing.
 */
export function parseBusinessReference(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (UUID.test(text)) return text.toLowerCase();
  const fromPath = /(?:^|\/)businesses\/([^/?#\s]+)/i.exec(text)?.[1];
  const candidate = fromPath ? decodeURIComponent(fromPath) : text;
  if (UUID.test(candidate)) return candidate.toLowerCase();
  return SLUG.test(candidate) ? candidate.toLowerCase() : null;
}
