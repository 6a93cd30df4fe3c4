import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { suspendBusinessRoute } from "@/lib/booking/businesses.contracts";
import { setBusinessSuspended } from "@/lib/booking/businesses.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(suspendBusinessRoute, async ({ viewer, params, t }) =>
    ok(await setBusinessSuspended(viewer, params.id, true), t("booking.businesses.suspendDone")),
  ),
);
