import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { rejectApplicationRoute } from "@/lib/booking/applications.contracts";
import { rejectApplication } from "@/lib/booking/applications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(rejectApplicationRoute, async ({ org, params, t }) =>
    ok(await rejectApplication(org, params.id), t("booking.applications.rejected")),
  ),
);
