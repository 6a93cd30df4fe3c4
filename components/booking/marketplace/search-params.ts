export const MARKETPLACE_PATH = "/businesses";
export const PAGE_SIZE = 12;
export const RADIUS_CHOICES_KM = [2, 5, 10, 25, 50] as const;
export const DEFAULT_NEAR_ME_RADIUS_KM = 10;

/** The URL's own parameters, as Next.js hands them to the page. */
export type RawParams = Record<string, string | string[] | undefined>;

/**
 * Filters the page keeps in its URL. Prices are whole currency units here (what a person
 * types); the search API takes minor units, so `toSearchQuery` converts them.
 */
export const FILTER_KEYS = [
  "q",
  "category",
  "minRating",
  "visitType",
  "gender",
  "minPrice",
  "maxPrice",
  "openNow",
  "sort",
  "lat",
  "lng",
  "radiusKm",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type MarketplaceParams = Partial<Record<FilterKey | "page" | "view", string>>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The known parameters of the URL, blanks dropped. */
export function readParams(raw: RawParams): MarketplaceParams {
  const params: MarketplaceParams = {};
  for (const key of [...FILTER_KEYS, "page", "view"] as const) {
    const value = first(raw[key]);
    if (value) params[key] = value;
  }
  return params;
}

/**
 * A link to the marketplace with some parameters changed (`undefined` removes one). Any
 * change of filters starts again at page 1 unless the page itself is what changes.
 */
export function marketplaceHref(
  current: MarketplaceParams,
  changes: Partial<Record<keyof MarketplaceParams, string | undefined>>,
  path = MARKETPLACE_PATH,
): string {
  const next: MarketplaceParams = { ...current, ...changes };
  if (!("page" in changes)) delete next.page;
  const search = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "view", "page"] as const) {
    const value = next[key];
    if (value !== undefined && value !== "") search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The "Near me" link: this search around a point, nearest first. */
export function nearMeHref(
  current: MarketplaceParams,
  position: { lat: number; lng: number },
): string {
  return marketplaceHref(current, {
    lat: position.lat.toFixed(5),
    lng: position.lng.toFixed(5),
    radiusKm: current.radiusKm ?? String(DEFAULT_NEAR_ME_RADIUS_KM),
    sort: "distance",
  });
}

/** Removing the location also removes what only makes sense with it. */
export function withoutLocation(current: MarketplaceParams): string {
  return marketplaceHref(current, {
    lat: undefined,
    lng: undefined,
    radiusKm: undefined,
    sort: current.sort === "distance" ? undefined : current.sort,
  });
}

export const isLocated = (params: MarketplaceParams) =>
  params.lat !== undefined && params.lng !== undefined;

/** The search's orders (lib/booking/search.schemas, kept here so browsers skip the schema). */
export const SORTS = ["relevance", "distance", "rating"] as const;
