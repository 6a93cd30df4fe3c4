import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * Folds text the way `businesses.search_text` is stored: lowercase, the Albanian letters
 * ë and ç as e and c (people type "floke" for "flokë"), runs of white space as one space.
 * Search queries go through the same folding so both sides compare alike.
 */
export function foldSearchSql(value: SQL): SQL {
  return sql`regexp_replace(lower(translate(${value}, 'ëËçÇ', 'eEcC')), '[[:space:]]+', ' ', 'g')`;
}

/** The same folding in JavaScript, for search queries. */
export function foldSearchText(value: string): string {
  return value.toLowerCase().replace(/ë/g, "e").replace(/ç/g, "c").replace(/\s+/g, " ").trim();
}

/**
 * Recomputes the trigram search target of one business in a single statement: its name and
 * bio (en, sq), the names of its active services (en, sq), and the names (en, sq) of the
 * categories of the business and of those services together with all their parent
 * categories. Call it in the same transaction after any change to those (the catalogue does).
 * Runs under the caller's scope: a tenant transaction of the business's org.
 */
export async function refreshBusinessSearchText(tx: Executor, businessId: string): Promise<void> {
  await refreshSearchTextWhere(tx, sql`b.id = ${businessId}`);
}

/**
 * The same for every business that shows a category (directly or through an active service,
 * the category itself or one of its subcategories): after a platform admin renames or moves
 * it. Crosses orgs, so run it in the system scope.
 */
export async function refreshCategorySearchText(tx: Executor, categoryId: string): Promise<void> {
  await refreshSearchTextWhere(
    tx,
    sql`b.id in (
      with recursive subtree as (
        select id from booking_categories where id = ${categoryId}
        union
        select c.id from booking_categories c join subtree on c.parent_id = subtree.id
      )
      select bc.business_id from business_categories bc where bc.category_id in (select id from subtree)
      union
      select s.business_id from booking_services s
      join booking_service_categories sc on sc.service_id = s.id
      where s.active and sc.category_id in (select id from subtree)
    )`,
  );
}

/** Every business the scope can write (seeds and benchmarks fill the column in one go). */
export async function refreshAllSearchText(tx: Executor): Promise<void> {
  await refreshSearchTextWhere(tx, sql`true`);
}

async function refreshSearchTextWhere(tx: Executor, predicate: SQL): Promise<void> {
  const part = foldSearchSql(sql`parts.text`);
  await tx.execute(sql`
    update businesses b
    set search_text = coalesce((
      with recursive
        linked as (
          select bc.category_id from business_categories bc where bc.business_id = b.id
          union
          select sc.category_id
          from booking_service_categories sc
          join booking_services s on s.id = sc.service_id
          where s.business_id = b.id and s.active
        ),
        tree as (
          select c.id, c.parent_id from booking_categories c
          where c.id in (select category_id from linked)
          union
          select p.id, p.parent_id from booking_categories p join tree on p.id = tree.parent_id
        ),
        parts (rank, text) as (
          select 1, b.name
          union all
          select 2, s.name ->> 'en' from booking_services s where s.business_id = b.id and s.active
          union all
          select 2, s.name ->> 'sq' from booking_services s where s.business_id = b.id and s.active
          union all
          select 3, c.name ->> 'en' from booking_categories c where c.id in (select id from tree)
          union all
          select 3, c.name ->> 'sq' from booking_categories c where c.id in (select id from tree)
          union all
          select 4, b.bio ->> 'en'
          union all
          select 4, b.bio ->> 'sq'
        ),
        folded as (
          select trim(${part}) as text, min(parts.rank) as rank
          from parts
          where parts.text is not null
          group by 1
        )
      select string_agg(folded.text, ' ' order by folded.rank, folded.text)
      from folded
      where folded.text <> ''
    ), '')
    where ${predicate}`);
}
