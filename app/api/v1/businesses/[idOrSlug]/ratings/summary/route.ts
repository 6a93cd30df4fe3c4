import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { businessRatingSummaryRoute } from "@/lib/booking/ratings.contracts";
import { getBusinessRatingSummary } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(businessRatingSummaryRoute, async ({ params, t }) =>
    ok(await getBusinessRatingSummary(params.idOrSlug), t("booking.ratings.summary")),
  ),
);
