export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_BASE_LENGTH = 50;

/**
 * A URL-friendly base for an organization's slug: "Studio Arta Ëmbël" → "studio-arta-embel".
 * Accents are dropped rather than lost letters (ë → e, ç → c); never shorter than 3.
 */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^-+|-+$/g, "");
  if (base.length >= 3) return base;
  return base ? `org-${base}` : "org";
}

/** The next free slug among taken ones: `base`, then `base-2`, `base-3`… */
export function nextFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
