import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { suspendBusinessRoute } from "@/lib/booking/businesses.contracts";
import { setBusinessSuspended } from "@/lib/booking/businesses.service";
import { assertPlatformAdmin } from "@/lib/booking/platform-admin";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(suspendBusinessRoute, async ({ viewer, params, t }) => {
    assertPlatformAdmin(viewer);
    return ok(await setBusinessSuspended(params.id, true), t("booking.businesses.suspendDone"));
  }),
);
