import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { approveApplicationRoute } from "@/lib/booking/applications.contracts";
import { approveApplication } from "@/lib/booking/applications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(approveApplicationRoute, async ({ org, params, t }) =>
    ok(await approveApplication(org, params.id), t("booking.applications.approved")),
  ),
);
