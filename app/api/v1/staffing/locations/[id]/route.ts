import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteLocation,
  deleteLocationRoute,
  getLocation,
  getLocationRoute,
  updateLocation,
  updateLocationRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getLocationRoute, async ({ org, params, t }) =>
    ok(await getLocation(org, params.id), t("staffing.locationFound")),
  ),
  apiRoute(updateLocationRoute, async ({ org, params, body, t }) =>
    ok(await updateLocation(org, params.id, body), t("staffing.locationUpdated")),
  ),
  apiRoute(deleteLocationRoute, async ({ org, params, t }) =>
    ok(await deleteLocation(org, params.id), t("staffing.locationDeleted")),
  ),
);
