import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listMyRequests, listWorkRequestsRoute, resolveWorkerSelf } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listWorkRequestsRoute, async ({ viewer, query, t }) => {
    const { items, meta } = await listMyRequests(await resolveWorkerSelf(viewer.user), query);
    return paginated(items, meta, t("staffing.work.requestsListed"));
  }),
);
