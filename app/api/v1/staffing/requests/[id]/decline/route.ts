import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { actOnRequest, declineRequestRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(declineRequestRoute, async ({ org, params, t }) =>
    ok(await actOnRequest(org, params.id, "decline"), t("staffing.requests.requestDeclined")),
  ),
);
