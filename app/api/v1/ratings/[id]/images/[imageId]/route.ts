import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { removeRatingImageRoute } from "@/lib/booking/ratings.contracts";
import { removeRatingImage } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(removeRatingImageRoute, async ({ viewer, params, t }) =>
    ok(
      await removeRatingImage(viewer, params.id, params.imageId),
      t("booking.ratings.imageRemoved"),
    ),
  ),
);
