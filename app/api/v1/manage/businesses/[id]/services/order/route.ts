import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { orderServicesRoute } from "@/lib/booking/catalog.contracts";
import { orderServices } from "@/lib/booking/catalog.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(orderServicesRoute, async ({ org, params, body, t }) =>
    ok(
      await orderServices(org, params.id, body.serviceIds, t.locale),
      t("booking.catalog.servicesOrdered"),
    ),
  ),
);
