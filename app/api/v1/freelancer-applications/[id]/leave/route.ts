import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { leaveBusinessRoute } from "@/lib/booking/applications.contracts";
import { leaveBusiness } from "@/lib/booking/applications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(leaveBusinessRoute, async ({ viewer, params, t }) =>
    ok(await leaveBusiness(viewer, params.id), t("booking.applications.left")),
  ),
);
