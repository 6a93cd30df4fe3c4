import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { bulkConfirmRoute, confirmRequests } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(bulkConfirmRoute, async ({ org, params, body, t }) =>
    ok(await confirmRequests(org, params.id, body), t("staffing.requests.requestsConfirmed")),
  ),
);
