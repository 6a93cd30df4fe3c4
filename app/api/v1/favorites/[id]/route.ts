import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { removeFavoriteRoute } from "@/lib/booking/favorites.contracts";
import { removeFavorite } from "@/lib/booking/favorites.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(removeFavoriteRoute, async ({ viewer, params, t }) =>
    ok(await removeFavorite(viewer, params.id), t("booking.favorites.removed")),
  ),
);
