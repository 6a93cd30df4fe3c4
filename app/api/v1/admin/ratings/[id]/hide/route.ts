import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { hideRatingRoute } from "@/lib/booking/ratings.contracts";
import { setRatingHidden } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(hideRatingRoute, async ({ viewer, params, t }) =>
    ok(await setRatingHidden(viewer, params.id, true), t("booking.ratings.hidden")),
  ),
);
