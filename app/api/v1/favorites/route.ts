import { created, ok, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { addFavoriteRoute, listFavoritesRoute } from "@/lib/booking/favorites.contracts";
import { addFavorite, listMyFavorites } from "@/lib/booking/favorites.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listFavoritesRoute, async ({ viewer, query, t }) => {
    const { items, meta } = await listMyFavorites(viewer, query);
    return paginated(items, meta, t("booking.favorites.listed"));
  }),
  apiRoute(addFavoriteRoute, async ({ viewer, body, t }) => {
    const { favorite, created: isNew } = await addFavorite(viewer, body);
    return isNew
      ? created(favorite, t("booking.favorites.added"))
      : ok(favorite, t("booking.favorites.alreadyAdded"));
  }),
);
