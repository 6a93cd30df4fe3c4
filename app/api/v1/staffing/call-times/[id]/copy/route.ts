import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { copyCallTime, copyCallTimeRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(copyCallTimeRoute, async ({ org, params, body, t }) =>
    created(await copyCallTime(org, params.id, body), t("staffing.events.callTimeCopied")),
  ),
);
