import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { getOrgRatingRoute } from "@/lib/booking/ratings.contracts";
import { getOrgRating } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getOrgRatingRoute, async ({ org, params, t }) =>
    ok(await getOrgRating(org, params.id), t("booking.ratings.found")),
  ),
);
