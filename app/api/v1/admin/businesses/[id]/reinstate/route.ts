import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { reinstateBusinessRoute } from "@/lib/booking/businesses.contracts";
import { setBusinessSuspended } from "@/lib/booking/businesses.service";
import { assertPlatformAdmin } from "@/lib/booking/platform-admin";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(reinstateBusinessRoute, async ({ viewer, params, t }) => {
    assertPlatformAdmin(viewer);
    return ok(await setBusinessSuspended(params.id, false), t("booking.businesses.reinstated"));
  }),
);
