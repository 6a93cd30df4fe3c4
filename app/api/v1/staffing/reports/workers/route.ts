import { apiRoute, endpoint } from "@/lib/api/route";
import { paginated } from "@/lib/api/respond";
import { listWorkerReliability, workerReportRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(workerReportRoute, async ({ org, query, t }) => {
    const { items, meta } = await listWorkerReliability(org, query);
    return paginated(items, meta, t("staffing.reports.workersListed"));
  }),
);
