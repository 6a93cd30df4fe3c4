import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { reinstateBusinessRoute } from "@/lib/booking/businesses.contracts";
import { setBusinessSuspended } from "@/lib/booking/businesses.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(reinstateBusinessRoute, async ({ viewer, params, t }) =>
    ok(await setBusinessSuspended(viewer, params.id, false), t("booking.businesses.reinstated")),
  ),
);
