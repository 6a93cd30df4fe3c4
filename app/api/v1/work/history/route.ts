import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listMyHistory, resolveWorkerSelf, workHistoryRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(workHistoryRoute, async ({ viewer, query, t }) => {
    const { items, meta } = await listMyHistory(await resolveWorkerSelf(viewer.user), query);
    return paginated(items, meta, t("staffing.work.historyListed"));
  }),
);
