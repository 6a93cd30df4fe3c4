import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  createBusinessRoute,
  listManagedBusinessesRoute,
} from "@/lib/booking/businesses.contracts";
import { createBusiness, listBusinesses } from "@/lib/booking/businesses.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listManagedBusinessesRoute, async ({ org, t }) =>
    ok(await listBusinesses(org, t.locale), t("booking.businesses.listed")),
  ),
  apiRoute(createBusinessRoute, async ({ org, body, t }) =>
    created(await createBusiness(org, body, t.locale), t("booking.businesses.created")),
  ),
);
