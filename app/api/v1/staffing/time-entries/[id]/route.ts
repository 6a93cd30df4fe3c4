import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { updateTimeEntry, updateTimeEntryRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(updateTimeEntryRoute, async ({ org, params, body, t }) =>
    ok(await updateTimeEntry(org, params.id, body), t("staffing.timesheet.timeEntryUpdated")),
  ),
);
