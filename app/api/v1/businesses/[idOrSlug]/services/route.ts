import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { publicServicesRoute } from "@/lib/booking/catalog.contracts";
import { publicServices } from "@/lib/booking/catalog.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(publicServicesRoute, async ({ params, t }) =>
    ok(await publicServices(params.idOrSlug, t.locale), t("booking.catalog.servicesListed")),
  ),
);
