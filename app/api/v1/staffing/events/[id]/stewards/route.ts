import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { setEventStewards, setEventStewardsRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(setEventStewardsRoute, async ({ org, params, body, t }) =>
    ok(await setEventStewards(org, params.id, body.userIds), t("staffing.events.stewardsUpdated")),
  ),
);
