import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteServiceRoute,
  getServiceRoute,
  updateServiceRoute,
} from "@/lib/booking/catalog.contracts";
import { deleteService, getService, updateService } from "@/lib/booking/catalog.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getServiceRoute, async ({ org, params, t }) =>
    ok(await getService(org, params.id, t.locale), t("booking.catalog.serviceFound")),
  ),
  apiRoute(updateServiceRoute, async ({ org, params, body, t }) =>
    ok(await updateService(org, params.id, body, t.locale), t("booking.catalog.serviceUpdated")),
  ),
  apiRoute(deleteServiceRoute, async ({ org, params, t }) =>
    ok(await deleteService(org, params.id), t("booking.catalog.serviceDeleted")),
  ),
);
