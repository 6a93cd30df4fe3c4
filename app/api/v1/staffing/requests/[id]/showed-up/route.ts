import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { actOnRequest, showedUpRequestRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(showedUpRequestRoute, async ({ org, params, t }) =>
    ok(await actOnRequest(org, params.id, "showed-up"), t("staffing.requests.requestShowedUp")),
  ),
);
