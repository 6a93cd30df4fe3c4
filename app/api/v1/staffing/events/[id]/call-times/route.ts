import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  createCallTime,
  createCallTimeRoute,
  listCallTimes,
  listCallTimesRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listCallTimesRoute, async ({ org, params, t }) =>
    ok(await listCallTimes(org, params.id), t("staffing.events.callTimesListed")),
  ),
  apiRoute(createCallTimeRoute, async ({ org, params, body, t }) =>
    created(await createCallTime(org, params.id, body), t("staffing.events.callTimeCreated")),
  ),
);
