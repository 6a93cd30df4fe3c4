import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { actOnRequest, confirmRequestRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(confirmRequestRoute, async ({ org, params, t }) =>
    ok(await actOnRequest(org, params.id, "confirm"), t("staffing.requests.requestConfirmed")),
  ),
);
