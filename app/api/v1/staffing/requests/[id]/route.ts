import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { deleteRequest, deleteRequestRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(deleteRequestRoute, async ({ org, params, t }) =>
    ok(await deleteRequest(org, params.id), t("staffing.requests.requestDeleted")),
  ),
);
