import { apiRoute, endpoint } from "@/lib/api/route";
import { paginated } from "@/lib/api/respond";
import { listWorkerHistory, workerHistoryRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(workerHistoryRoute, async ({ org, params, query, t }) => {
    const { items, meta } = await listWorkerHistory(org, params.id, query);
    return paginated(items, meta, t("staffing.reports.historyListed"));
  }),
);
