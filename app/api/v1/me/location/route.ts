import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { updateLocationRoute } from "@/lib/identity/account.contracts";
import { updateLocation } from "@/lib/identity/profile.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(updateLocationRoute, async ({ viewer, body, t }) =>
    ok(await updateLocation(viewer.user.id, body), t("identity.locationUpdated")),
  ),
);
