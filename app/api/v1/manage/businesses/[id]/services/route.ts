import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createServiceRoute, listServicesRoute } from "@/lib/booking/catalog.contracts";
import { createService, listBusinessServices } from "@/lib/booking/catalog.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listServicesRoute, async ({ org, params, t }) =>
    ok(await listBusinessServices(org, params.id, t.locale), t("booking.catalog.servicesListed")),
  ),
  apiRoute(createServiceRoute, async ({ org, params, body, t }) =>
    created(
      await createService(org, params.id, body, t.locale),
      t("booking.catalog.serviceCreated"),
    ),
  ),
);
