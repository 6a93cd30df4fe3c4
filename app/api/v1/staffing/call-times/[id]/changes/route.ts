import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listCallTimeChanges, listCallTimeChangesRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listCallTimeChangesRoute, async ({ org, params, t }) =>
    ok(await listCallTimeChanges(org, params.id), t("staffing.events.changesListed")),
  ),
);
