import { type SQL, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import type { Localized } from "@/db/schema/booking";
import type { PageMeta } from "@/lib/api/respond";
import type { Locale } from "@/lib/i18n/config";
import { publicFileUrl } from "@/lib/storage";
import { pickLocale } from "./localized";
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_KM,
  type SearchSort,
  type TBusinessSearchResult,
  type TSearchQuery,
} from "./search.schemas";
import { foldSearchText } from "./search-text";

/**
 * How alike a query and the closest stretch of a business's search text must be (pg_trgm
 * word similarity, 0–1). 0.5 lets one typo in a short word through ("barbr", "salom",
 * "hiarcut") and keeps unrelated names out.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

export interface SearchOptions {
  locale: Locale;
  /** The moment "open now" is judged at (tests pin it). */
  now?: Date;
  db?: Executor;
}

export interface SearchPage {
  items: TBusinessSearchResult[];
  meta: PageMeta;
}

interface ResultRow extends Record<string, unknown> {
  id: string;
  slug: string;
  name: string;
  type: TBusinessSearchResult["type"];
  bio: Localized | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  visit_type: TBusinessSearchResult["visitType"];
  time_zone: string;
  currency: string;
  rating_average: string | number | null;
  rating_count: number;
  logo_key: string | null;
  main_image_key: string | null;
  price_from_minor: number | null;
  categories: {
    id: string;
    parentId: string | null;
    slug: string;
    icon: string | null;
    name: Localized;
    position: number;
  }[];
  distance_m: number | null;
  total: string | number;
}

/** The order actually used: `distance` needs a location, `relevance` needs words. */
export function effectiveSort(query: TSearchQuery): SearchSort {
  const located = query.lat !== undefined && query.lng !== undefined;
  if (query.sort === "relevance" && !query.q) return located ? "distance" : "rating";
  return query.sort ?? (query.q ? "relevance" : located ? "distance" : "rating");
}

/** `%`, `_` and `\` match themselves in a LIKE pattern. */
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * The marketplace search behind `GET /api/v1/businesses`: published businesses only (read
 * through `marketplace_businesses`, so the trigram and earth indexes serve it; see migration
 * 0012), every filter in one statement, the page and the total together.
 */
export async function searchBusinesses(
  query: TSearchQuery,
  options: SearchOptions,
): Promise<SearchPage> {
  const { page, pageSize, statement, countStatement, textual } = searchStatements(
    query,
    options.now ?? new Date(),
  );
  const db = options.db ?? getDb();
  const rows = await db.transaction(async (tx) => {
    await useSearchThreshold(tx, textual);
    const found = await tx.execute<ResultRow>(statement);
    if (found.length > 0 || page === 1) return { rows: [...found], total: null };
    // Past the last page: no row carries the total, so count once more without paging.
    const [counted] = await tx.execute<{ total: string }>(countStatement);
    return { rows: [], total: Number(counted?.total ?? 0) };
  });

  const total = rows.total ?? Number(rows.rows[0]?.total ?? 0);
  return {
    items: rows.rows.map((row) => toResult(row, options.locale)),
    meta: { page, pageSize, total },
  };
}

/**
 * Settings of the search's transaction (local to it). The `<%` operator reads its threshold
 * from one. And for text searches: the planner costs word similarity like a plain comparison,
 * so for a common word it picks a scan that computes it on every business (a second at
 * 10,000) over the trigram index that only rechecks the candidates; it is told not to.
 */
export async function useSearchThreshold(tx: Executor, textual = false): Promise<void> {
  await tx.execute(sql`select
    set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true),
    set_config('enable_seqscan', ${textual ? "off" : "on"}, true)`);
}

/** The page's statement and the bare count, built from the query (exported for EXPLAIN). */
export function searchStatements(query: TSearchQuery, now: Date) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const sort = effectiveSort(query);
  const words = query.q ? foldSearchText(query.q) : null;
  const origin =
    query.lat !== undefined && query.lng !== undefined
      ? sql`ll_to_earth(${query.lat}::float8, ${query.lng}::float8)`
      : null;
  const radiusMetres = (query.radiusKm ?? DEFAULT_RADIUS_KM) * 1000;
  const location = sql`ll_to_earth(b.latitude, b.longitude)`;
  const filters: SQL[] = [];
  if (origin) {
    // The GiST index businesses_earth_idx is partial (published, has a location): the view
    // gives the first predicate, this repeats the second so the planner can use it.
    filters.push(sql`b.latitude is not null`);
    filters.push(sql`earth_box(${origin}, ${radiusMetres}::float8) @> ${location}`);
    filters.push(sql`earth_distance(${origin}, ${location}) <= ${radiusMetres}::float8`);
  }
  const pattern = words ? `%${likeEscape(words)}%` : null;
  if (words) {
    // The plain substring test first: it is cheap, and where it holds (most matches of a
    // common word) the costly similarity is never computed.
    filters.push(sql`(b.search_text like ${pattern} or ${words} <% b.search_text)`);
  }
  if (query.minRating !== undefined) {
    filters.push(sql`b.rating_average >= ${query.minRating}`);
  }
  if (query.visitType) {
    filters.push(
      query.visitType === "both"
        ? sql`b.visit_type = 'both'`
        : sql`b.visit_type in (${query.visitType}, 'both')`,
    );
  }
  const serviceFilters: SQL[] = [];
  if (query.gender) serviceFilters.push(sql`s.gender in (${query.gender}, 'any')`);
  if (query.minPrice !== undefined) serviceFilters.push(sql`s.price_minor >= ${query.minPrice}`);
  if (query.maxPrice !== undefined) serviceFilters.push(sql`s.price_minor <= ${query.maxPrice}`);
  if (serviceFilters.length > 0) {
    filters.push(sql`exists (
      select 1 from booking_services s
      where s.business_id = b.id and s.active and ${sql.join(serviceFilters, sql` and `)}
    )`);
  }
  if (query.category) {
    filters.push(sql`(
      exists (
        select 1 from business_categories bc
        where bc.business_id = b.id and bc.category_id in (select id from category_tree)
      )
      or exists (
        select 1 from booking_services s
        join booking_service_categories sc on sc.service_id = s.id
        where s.business_id = b.id and s.active
          and sc.category_id in (select id from category_tree)
      )
    )`);
  }
  if (query.openNow) filters.push(openAt(now));

  const distance = origin ? sql`earth_distance(${origin}, ${location})` : sql`null::float8`;
  // Relevance: the words in the business's own name, then anywhere in its text (services,
  // categories, bio), then how close a typo comes (word similarity, below 1).
  const rank = words
    ? sql`case when translate(lower(b.name), 'ëç', 'ec') like ${pattern} then 3
               when b.search_text like ${pattern} then 2
               else word_similarity(${words}, b.search_text) end`
    : sql`0::real`;
  const orderOfMatches = {
    relevance:
      "matches.rank desc, matches.rating_average desc nulls last, matches.rating_count desc, matches.name, matches.id",
    distance: "matches.distance_m, matches.id",
    rating:
      "matches.rating_average desc nulls last, matches.rating_count desc, matches.name, matches.id",
  };
  const order = {
    relevance: sql`rank desc, rating_average desc nulls last, rating_count desc, name, id`,
    distance: sql`distance_m, id`,
    rating: sql`rating_average desc nulls last, rating_count desc, name, id`,
  }[sort];
  const categoryTree = query.category
    ? sql`with recursive category_tree as (
        select c.id from booking_categories c
        where ${/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(query.category) ? sql`c.id = ${query.category}::uuid` : sql`c.slug = ${query.category.toLowerCase()}`}
        union
        select child.id from booking_categories child
        join category_tree on child.parent_id = category_tree.id
      ),`
    : sql`with`;

  const where = filters.length > 0 ? sql.join(filters, sql` and `) : sql`true`;
  // The matches carry only what sorting needs; the page's few rows are then read whole.
  const statement = sql`
    ${categoryTree} matches as (
      select b.id, b.name, b.rating_average, b.rating_count,
             ${distance} as distance_m, ${rank} as rank,
             count(*) over () as total
      from marketplace_businesses b
      where ${where}
      order by ${order}
      limit ${pageSize} offset ${(page - 1) * pageSize}
    )
    select b.id, b.slug, b.name, b.type, b.bio, b.address, b.latitude, b.longitude,
      b.visit_type, b.time_zone, b.currency, b.rating_average, b.rating_count, b.logo_key,
      matches.distance_m, matches.total,
      (select i.storage_key from business_images i where i.business_id = b.id
        order by i.is_main desc, i.position, i.created_at limit 1) as main_image_key,
      (select min(s.price_minor)::int from booking_services s
        where s.business_id = b.id and s.active) as price_from_minor,
      coalesce((
        select json_agg(json_build_object('id', c.id, 'parentId', c.parent_id, 'slug', c.slug,
                 'icon', c.icon, 'name', c.name, 'position', c.position)
               order by c.position, c.slug)
        from business_categories bc join booking_categories c on c.id = bc.category_id
        where bc.business_id = b.id
      ), '[]'::json) as categories
    from matches join marketplace_businesses b on b.id = matches.id
    order by ${sql.raw(orderOfMatches[sort])}`;

  const countStatement = sql`
    ${categoryTree} counted as (select count(*) as total from marketplace_businesses b where ${where})
    select total from counted`;
  return { page, pageSize, statement, countStatement, textual: words !== null };
}

/**
 * Open at `now` in each business's own zone: a business-level open range of that weekday
 * holds the local time, no business-level break does, and no closure of the whole business
 * covers the instant.
 */
function openAt(now: Date): SQL {
  const instant = sql`${now.toISOString()}::timestamptz`;
  const local = sql`(${instant} at time zone b.time_zone)`;
  const levelHours = (kind: "open" | "break") => sql`
    select 1 from booking_working_hours h
    where h.business_id = b.id and h.employee_id is null and h.service_id is null
      and h.kind = ${kind}
      and h.weekday = extract(isodow from ${local})
      and ${local}::time >= h.opens_at and ${local}::time < h.closes_at`;
  return sql`(
    exists (${levelHours("open")})
    and not exists (${levelHours("break")})
    and not exists (
      select 1 from booking_time_off o
      where o.business_id = b.id and o.employee_id is null
        and o.starts_at <= ${instant} and o.ends_at > ${instant}
    )
  )`;
}

function toResult(row: ResultRow, locale: Locale): TBusinessSearchResult {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    type: row.type,
    bio: pickLocale(row.bio, locale),
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    visitType: row.visit_type,
    timeZone: row.time_zone,
    currency: row.currency,
    ratingAverage: row.rating_average === null ? null : Number(row.rating_average),
    ratingCount: row.rating_count,
    logoUrl: row.logo_key ? publicFileUrl(row.logo_key) : null,
    mainImageUrl: row.main_image_key ? publicFileUrl(row.main_image_key) : null,
    priceFromMinor: row.price_from_minor,
    categories: row.categories.map((category) => ({
      ...category,
      name: pickLocale(category.name, locale),
    })),
    distanceKm: row.distance_m === null ? null : Math.round(row.distance_m / 10) / 100,
  };
}
