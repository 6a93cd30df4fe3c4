import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteRatingRoute,
  getRatingRoute,
  updateRatingRoute,
} from "@/lib/booking/ratings.contracts";
import { deleteRating, getPublicRating, updateRating } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getRatingRoute, async ({ viewer, params, t }) =>
    ok(await getPublicRating(viewer, params.id), t("booking.ratings.found")),
  ),
  apiRoute(updateRatingRoute, async ({ viewer, params, body, t }) =>
    ok(await updateRating(viewer, params.id, body), t("booking.ratings.updated")),
  ),
  apiRoute(deleteRatingRoute, async ({ viewer, params, t }) =>
    ok(await deleteRating(viewer, params.id), t("booking.ratings.deleted")),
  ),
);
