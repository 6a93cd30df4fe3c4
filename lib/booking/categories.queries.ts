import { asc } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { bookingCategories } from "@/db/schema/booking";
import type { Locale } from "@/lib/i18n/config";
import type { Viewer } from "@/lib/identity/viewer";
import type { TAdminCategory, TCategory, TCategoryNode } from "./categories.schemas";
import { pickLocale } from "./localized";
import { assertPlatformAdmin } from "./platform-admin";

type CategoryRow = typeof bookingCategories.$inferSelect;

export function toCategory(row: CategoryRow, locale: Locale): TCategory {
  return {
    id: row.id,
    parentId: row.parentId,
    slug: row.slug,
    icon: row.icon,
    name: pickLocale(row.name, locale),
    position: row.position,
  };
}

export function toAdminCategory(row: CategoryRow, locale: Locale): TAdminCategory {
  return {
    ...toCategory(row, locale),
    translations: { name: row.name },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Categories are platform rows (no org, no RLS): one small table, read whole. */
async function allCategoryRows(db: Executor = getDb()): Promise<CategoryRow[]> {
  return db
    .select()
    .from(bookingCategories)
    .orderBy(asc(bookingCategories.position), asc(bookingCategories.slug));
}

/** Every category, parents and children alike, in display order. */
export async function listCategories(locale: Locale): Promise<TCategory[]> {
  return (await allCategoryRows()).map((row) => toCategory(row, locale));
}

export async function listAdminCategories(
  actor: Viewer,
  locale: Locale,
): Promise<TAdminCategory[]> {
  assertPlatformAdmin(actor);
  return (await allCategoryRows()).map((row) => toAdminCategory(row, locale));
}

/**
 * The categories as a forest: top-level ones with their subcategories nested. A child whose
 * parent is gone shows at the top level rather than vanishing.
 */
export async function categoryTree(locale: Locale): Promise<TCategoryNode[]> {
  const nodes = (await allCategoryRows()).map((row): TCategoryNode => ({
    ...toCategory(row, locale),
    children: [],
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const roots: TCategoryNode[] = [];
  for (const node of nodes) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
