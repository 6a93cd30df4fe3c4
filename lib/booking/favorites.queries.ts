import { and, count, desc, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { businesses, employees, favorites } from "@/db/schema/booking";
import type { PageMeta } from "@/lib/api/respond";
import { publicFileUrl } from "@/lib/storage";
import type { TFavorite, TListFavoritesQuery } from "./favorites.schemas";

/**
 * A favorite's business: the favorite business itself, or the employee's. Only published
 * businesses show (RLS hides the rest), so a business that goes offline drops off the list.
 */
const targetBusinessId = sql`coalesce(${favorites.businessId}, ${employees.businessId})`;

function favoritesQuery(tx: Executor) {
  return tx
    .select({
      favorite: favorites,
      business: {
        id: businesses.id,
        name: businesses.name,
        slug: businesses.slug,
        logoKey: businesses.logoKey,
        ratingAverage: businesses.ratingAverage,
        ratingCount: businesses.ratingCount,
      },
      employee: {
        id: employees.id,
        name: employees.name,
        avatarKey: employees.avatarKey,
        ratingAverage: employees.ratingAverage,
        ratingCount: employees.ratingCount,
      },
    })
    .from(favorites)
    .leftJoin(employees, eq(employees.id, favorites.employeeId))
    .innerJoin(
      businesses,
      and(eq(businesses.id, targetBusinessId), eq(businesses.status, "published")),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof favoritesQuery>["execute"]>>[number];

function toFavoriteDto({ favorite, business, employee }: Row): TFavorite {
  return {
    id: favorite.id,
    kind: favorite.kind,
    business: {
      id: business.id,
      name: business.name,
      slug: business.slug,
      logoUrl: business.logoKey ? publicFileUrl(business.logoKey) : null,
      ratingAverage: business.ratingAverage,
      ratingCount: business.ratingCount,
    },
    employee:
      favorite.employeeId && employee
        ? {
            id: employee.id,
            name: employee.name,
            avatarUrl: employee.avatarKey ? publicFileUrl(employee.avatarKey) : null,
            ratingAverage: employee.ratingAverage,
            ratingCount: employee.ratingCount,
          }
        : null,
    createdAt: favorite.createdAt.toISOString(),
  };
}

export async function getFavoriteDto(tx: Executor, favoriteId: string): Promise<TFavorite | null> {
  const [row] = await favoritesQuery(tx).where(eq(favorites.id, favoriteId));
  return row ? toFavoriteDto(row) : null;
}

/** The user's list, newest first (run in the user's scope: RLS keeps it to their rows). */
export async function listFavorites(
  tx: Executor,
  userId: string,
  query: TListFavoritesQuery,
): Promise<{ items: TFavorite[]; meta: PageMeta }> {
  const where: SQL | undefined = and(
    eq(favorites.userId, userId),
    query.kind ? eq(favorites.kind, query.kind) : undefined,
    query.target === "business" ? isNotNull(favorites.businessId) : undefined,
    query.target === "employee" ? isNotNull(favorites.employeeId) : undefined,
  );
  const rows = await favoritesQuery(tx)
    .where(where)
    .orderBy(desc(favorites.createdAt), desc(favorites.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await tx
    .select({ value: count() })
    .from(favorites)
    .leftJoin(employees, eq(employees.id, favorites.employeeId))
    .innerJoin(
      businesses,
      and(eq(businesses.id, targetBusinessId), eq(businesses.status, "published")),
    )
    .where(where);
  return {
    items: rows.map(toFavoriteDto),
    meta: { page: query.page, pageSize: query.pageSize, total: total?.value ?? 0 },
  };
}
