import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { actOnRequest, noShowRequestRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(noShowRequestRoute, async ({ org, params, t }) =>
    ok(await actOnRequest(org, params.id, "no-show"), t("staffing.requests.requestNoShow")),
  ),
);
