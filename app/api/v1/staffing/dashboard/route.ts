import { apiRoute, endpoint } from "@/lib/api/route";
import { ok } from "@/lib/api/respond";
import { getStaffingDashboard, staffingDashboardRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(staffingDashboardRoute, async ({ org, t }) =>
    ok(await getStaffingDashboard(org), t("staffing.reports.dashboard")),
  ),
);
