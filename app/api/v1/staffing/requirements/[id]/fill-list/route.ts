import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { fillListRoute, listFillList } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(fillListRoute, async ({ org, params, query, t }) => {
    const { items, meta } = await listFillList(org, params.id, query);
    return paginated(items, meta, t("staffing.requests.fillListed"));
  }),
);
