import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { actOnRequest, cancelRequestRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(cancelRequestRoute, async ({ org, params, t }) =>
    ok(await actOnRequest(org, params.id, "cancel"), t("staffing.requests.requestCanceled")),
  ),
);
