import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { getPublicBusinessRoute } from "@/lib/booking/businesses.contracts";
import { getPublicBusiness } from "@/lib/booking/businesses.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getPublicBusinessRoute, async ({ params, t }) =>
    ok(await getPublicBusiness(params.idOrSlug, t.locale), t("booking.businesses.found")),
  ),
);
