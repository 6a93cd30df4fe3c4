import { apiRoute, endpoint } from "@/lib/api/route";
import { ok } from "@/lib/api/respond";
import { getSmsUsage, smsUsageRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(smsUsageRoute, async ({ org, query, t }) =>
    ok(await getSmsUsage(org, query), t("staffing.reports.smsUsage")),
  ),
);
