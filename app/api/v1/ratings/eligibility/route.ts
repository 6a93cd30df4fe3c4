import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { ratingEligibilityRoute } from "@/lib/booking/ratings.contracts";
import { ratingEligibility } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(ratingEligibilityRoute, async ({ viewer, query, t }) =>
    ok(await ratingEligibility(viewer, query.businessId), t("booking.ratings.eligibility")),
  ),
);
