import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  createLocation,
  createLocationRoute,
  listLocations,
  listLocationsRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listLocationsRoute, async ({ org, t }) =>
    ok(await listLocations(org), t("staffing.locationsListed")),
  ),
  apiRoute(createLocationRoute, async ({ org, body, t }) =>
    created(await createLocation(org, body), t("staffing.locationCreated")),
  ),
);
