import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listOrgRatingsRoute } from "@/lib/booking/ratings.contracts";
import { listRatingsOfOrg } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listOrgRatingsRoute, async ({ org, query, t }) => {
    const { items, meta } = await listRatingsOfOrg(org, query);
    return paginated(items, meta, t("booking.ratings.listed"));
  }),
);
