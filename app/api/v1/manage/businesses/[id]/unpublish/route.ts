import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { unpublishBusinessRoute } from "@/lib/booking/businesses.contracts";
import { unpublishBusiness } from "@/lib/booking/businesses.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(unpublishBusinessRoute, async ({ org, params, t }) =>
    ok(await unpublishBusiness(org, params.id, t.locale), t("booking.businesses.unpublished")),
  ),
);
