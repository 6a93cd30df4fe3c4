import { type TSearchQuery, ZSearchQuery } from "@/lib/booking/search.schemas";
import { type MarketplaceParams, PAGE_SIZE } from "./search-params";

const MINOR_PER_UNIT = 100;

/** Whole currency units from the URL → minor units for the search; not a number → absent. */
function toMinor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const amount = Number(value);
  return Number.isFinite(amount) && amount >= 0
    ? String(Math.round(amount * MINOR_PER_UNIT))
    : undefined;
}

/**
 * The search query the URL asks for. A malformed or contradictory parameter (a one-letter
 * `q`, `sort=distance` without a location) is dropped rather than failing the page; the
 * dropped keys come back so the page can leave them out of its chips and links.
 */
export function toSearchQuery(params: MarketplaceParams): {
  query: TSearchQuery;
  dropped: string[];
} {
  const wanted: Record<string, string | number | undefined> = {
    q: params.q,
    category: params.category,
    minRating: params.minRating,
    visitType: params.visitType,
    gender: params.gender,
    minPrice: toMinor(params.minPrice),
    maxPrice: toMinor(params.maxPrice),
    openNow: params.openNow,
    sort: params.sort,
    lat: params.lat,
    lng: params.lng,
    radiusKm: params.radiusKm,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  const dropped: string[] = [];
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const parsed = ZSearchQuery.safeParse(wanted);
    if (parsed.success) return { query: parsed.data, dropped };
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (key in wanted && key !== "pageSize" && wanted[key] !== undefined) {
        wanted[key] = undefined;
        dropped.push(key);
      }
    }
  }
  return { query: ZSearchQuery.parse({ pageSize: PAGE_SIZE }), dropped };
}

/** The page's params without the invalid ones (for chips, links and the form). */
export function validParams(params: MarketplaceParams, dropped: string[]): MarketplaceParams {
  const kept: MarketplaceParams = { ...params };
  for (const key of dropped) delete kept[key as keyof MarketplaceParams];
  return kept;
}
