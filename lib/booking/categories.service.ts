import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { bookingCategories } from "@/db/schema/booking";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import type { Viewer } from "@/lib/identity/viewer";
import { withSystemScope } from "@/lib/tenancy/scope";
import { toAdminCategory } from "./categories.queries";
import type { TAdminCategory, TCreateCategory, TUpdateCategory } from "./categories.schemas";
import { assertPlatformAdmin } from "./platform-admin";
import { refreshBusinessSearchText } from "./search-text";
import { slugify } from "./slug";

const slugTaken = () => new ValidationError({ slug: ["booking.categories.validation.slugTaken"] });

async function assertParentAllowed(db: Executor, categoryId: string | null, parentId: string) {
  if (parentId === categoryId) {
    throw new ValidationError({ parentId: ["booking.categories.validation.parentCycle"] });
  }
  // Walk up from the new parent: meeting the category itself would make a loop.
  const rows = await db
    .select({ id: bookingCategories.id, parentId: bookingCategories.parentId })
    .from(bookingCategories);
  const parentOf = new Map(rows.map((row) => [row.id, row.parentId]));
  if (!parentOf.has(parentId)) {
    throw new ValidationError({ parentId: ["booking.categories.validation.parentNotFound"] });
  }
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === categoryId) {
      throw new ValidationError({ parentId: ["booking.categories.validation.parentCycle"] });
    }
  }
}

/**
 * Businesses whose search text names the category: linked to it or to one of its
 * subcategories (the text includes parent categories), directly or through an active service.
 */
async function businessesNamingCategory(tx: Executor, categoryId: string): Promise<string[]> {
  const rows = await tx.execute<{ id: string }>(sql`
    with recursive branch as (
      select id from booking_categories where id = ${categoryId}
      union
      select c.id from booking_categories c join branch on c.parent_id = branch.id
    )
    select bc.business_id as id from business_categories bc
    where bc.category_id in (select id from branch)
    union
    select s.business_id from booking_service_categories sc
    join booking_services s on s.id = sc.service_id
    where sc.category_id in (select id from branch) and s.active`);
  return rows.map((row) => row.id);
}

/**
 * Category administration touches every org's businesses (their search text names the
 * category), so it runs in the system scope; the routes admit platform admins only.
 */
async function refreshNamingBusinesses(tx: Executor, businessIds: string[]) {
  for (const businessId of new Set(businessIds)) await refreshBusinessSearchText(tx, businessId);
}

/** Platform admins only: a category, its slug made from the name if absent. */
export async function createCategory(
  actor: Viewer,
  input: TCreateCategory,
  locale: Locale,
): Promise<TAdminCategory> {
  assertPlatformAdmin(actor);
  return withSystemScope(async (tx) => {
    if (input.parentId) await assertParentAllowed(tx, null, input.parentId);
    try {
      // A savepoint, so a taken slug leaves the transaction usable for the 422.
      const [row] = await tx.transaction((sp) =>
        sp
          .insert(bookingCategories)
          .values({
            name: input.name,
            slug: input.slug ?? slugify(input.name.en),
            icon: input.icon ?? null,
            parentId: input.parentId ?? null,
            position: input.position ?? 0,
          })
          .returning(),
      );
      return toAdminCategory(row!, locale);
    } catch (error) {
      if (isUniqueViolation(error, "booking_categories_slug_key")) throw slugTaken();
      throw error;
    }
  });
}

export async function updateCategory(
  actor: Viewer,
  categoryId: string,
  input: TUpdateCategory,
  locale: Locale,
): Promise<TAdminCategory> {
  assertPlatformAdmin(actor);
  return withSystemScope(async (tx) => {
    const [current] = await tx
      .select({ id: bookingCategories.id })
      .from(bookingCategories)
      .where(eq(bookingCategories.id, categoryId))
      .for("update");
    if (!current) throw new NotFoundError("booking.categories.notFound");
    if (input.parentId) await assertParentAllowed(tx, categoryId, input.parentId);
    // Named before and after a move: both the old and the new branch's businesses change.
    const before = await businessesNamingCategory(tx, categoryId);
    try {
      const [row] = await tx.transaction((sp) =>
        sp
          .update(bookingCategories)
          .set({ ...input, updatedAt: new Date() })
          .where(eq(bookingCategories.id, categoryId))
          .returning(),
      );
      if (input.name || input.parentId !== undefined) {
        await refreshNamingBusinesses(tx, [
          ...before,
          ...(await businessesNamingCategory(tx, categoryId)),
        ]);
      }
      return toAdminCategory(row!, locale);
    } catch (error) {
      if (isUniqueViolation(error, "booking_categories_slug_key")) throw slugTaken();
      throw error;
    }
  });
}

/**
 * Removes a category and its links to businesses and services. One with subcategories is
 * refused (409): deleting a whole branch by accident would be hard to undo.
 */
export async function deleteCategory(actor: Viewer, categoryId: string): Promise<{ id: string }> {
  assertPlatformAdmin(actor);
  return withSystemScope(async (tx) => {
    const [current] = await tx
      .select({ id: bookingCategories.id })
      .from(bookingCategories)
      .where(eq(bookingCategories.id, categoryId))
      .for("update");
    if (!current) throw new NotFoundError("booking.categories.notFound");
    const children = await tx.$count(bookingCategories, eq(bookingCategories.parentId, categoryId));
    if (children > 0) throw new ConflictError("booking.categories.hasChildren");
    const naming = await businessesNamingCategory(tx, categoryId);
    await tx.delete(bookingCategories).where(eq(bookingCategories.id, categoryId));
    await refreshNamingBusinesses(tx, naming);
    return { id: categoryId };
  });
}
