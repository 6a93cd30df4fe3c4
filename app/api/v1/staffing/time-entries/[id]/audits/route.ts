import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listTimeEntryAudits, listTimeEntryAuditsRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listTimeEntryAuditsRoute, async ({ org, params, t }) =>
    ok(await listTimeEntryAudits(org, params.id), t("staffing.timesheet.auditsListed")),
  ),
);
