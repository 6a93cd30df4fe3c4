import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteCallTime,
  deleteCallTimeRoute,
  getCallTime,
  getCallTimeRoute,
  updateCallTime,
  updateCallTimeRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getCallTimeRoute, async ({ org, params, t }) =>
    ok(await getCallTime(org, params.id), t("staffing.events.callTimeFound")),
  ),
  apiRoute(updateCallTimeRoute, async ({ org, params, body, t }) =>
    ok(await updateCallTime(org, params.id, body), t("staffing.events.callTimeUpdated")),
  ),
  apiRoute(deleteCallTimeRoute, async ({ org, params, t }) =>
    ok(await deleteCallTime(org, params.id), t("staffing.events.callTimeDeleted")),
  ),
);
