import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteBusinessRoute,
  getManagedBusinessRoute,
  updateBusinessRoute,
} from "@/lib/booking/businesses.contracts";
import { deleteBusiness, getBusiness, updateBusiness } from "@/lib/booking/businesses.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getManagedBusinessRoute, async ({ org, params, t }) =>
    ok(await getBusiness(org, params.id, t.locale), t("booking.businesses.found")),
  ),
  apiRoute(updateBusinessRoute, async ({ org, params, body, t }) =>
    ok(await updateBusiness(org, params.id, body, t.locale), t("booking.businesses.updated")),
  ),
  apiRoute(deleteBusinessRoute, async ({ org, params, t }) =>
    ok(await deleteBusiness(org, params.id), t("booking.businesses.deleted")),
  ),
);
