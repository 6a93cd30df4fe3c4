import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { getTimesheet, getTimesheetRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getTimesheetRoute, async ({ org, params, t }) =>
    ok(await getTimesheet(org, params.id), t("staffing.timesheet.timesheetFound")),
  ),
);
