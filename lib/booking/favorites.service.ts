import { and, eq } from "drizzle-orm";
import { businesses, employees, favorites } from "@/db/schema/booking";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { withUserScope } from "@/lib/tenancy/scope";
import { loadPublishedBusiness } from "./business-access";
import { getFavoriteDto, listFavorites } from "./favorites.queries";
import type { TAddFavorite, TFavorite, TListFavoritesQuery } from "./favorites.schemas";

/**
 * Adds a published business, or an active employee of one, to the user's favorites or
 * saved list. Adding what is already there is no error: the answer says it existed (the
 * unique indexes keep one row per user, kind and target, even for two taps at once).
 */
export async function addFavorite(
  viewer: Viewer,
  input: TAddFavorite,
): Promise<{ favorite: TFavorite; created: boolean }> {
  const userId = viewer.user.id;
  return withUserScope(userId, async (tx) => {
    if (input.businessId) {
      await loadPublishedBusiness(tx, input.businessId);
    } else {
      const [employee] = await tx
        .select({ id: employees.id })
        .from(employees)
        .innerJoin(businesses, eq(businesses.id, employees.businessId))
        .where(
          and(
            eq(employees.id, input.employeeId!),
            eq(employees.active, true),
            eq(businesses.status, "published"),
          ),
        );
      if (!employee) {
        throw new ValidationError({ employeeId: ["booking.favorites.employeeNotFound"] });
      }
    }
    const [inserted] = await tx
      .insert(favorites)
      .values({
        userId,
        kind: input.kind,
        businessId: input.businessId ?? null,
        employeeId: input.employeeId ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: favorites.id });
    const id =
      inserted?.id ??
      (
        await tx
          .select({ id: favorites.id })
          .from(favorites)
          .where(
            and(
              eq(favorites.userId, userId),
              eq(favorites.kind, input.kind),
              input.businessId
                ? eq(favorites.businessId, input.businessId)
                : eq(favorites.employeeId, input.employeeId!),
            ),
          )
      )[0]!.id;
    return { favorite: (await getFavoriteDto(tx, id))!, created: !!inserted };
  });
}

/** Removes one of the user's favorites; another user's id is a 404 (RLS hides it). */
export async function removeFavorite(viewer: Viewer, favoriteId: string): Promise<{ id: string }> {
  return withUserScope(viewer.user.id, async (tx) => {
    const [removed] = await tx
      .delete(favorites)
      .where(and(eq(favorites.id, favoriteId), eq(favorites.userId, viewer.user.id)))
      .returning({ id: favorites.id });
    if (!removed) throw new NotFoundError("booking.favorites.notFound");
    return removed;
  });
}

export async function listMyFavorites(viewer: Viewer, query: TListFavoritesQuery) {
  return withUserScope(viewer.user.id, (tx) => listFavorites(tx, viewer.user.id, query));
}
