import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { publishBusinessRoute } from "@/lib/booking/businesses.contracts";
import { publishBusiness } from "@/lib/booking/businesses.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(publishBusinessRoute, async ({ org, params, t }) =>
    ok(await publishBusiness(org, params.id, t.locale), t("booking.businesses.published")),
  ),
);
