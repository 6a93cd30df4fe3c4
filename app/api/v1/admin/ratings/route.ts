import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listRatingsToModerateRoute } from "@/lib/booking/ratings.contracts";
import { listRatingsToModerate } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listRatingsToModerateRoute, async ({ viewer, query, t }) => {
    const { items, meta } = await listRatingsToModerate(viewer, query);
    return paginated(items, meta, t("booking.ratings.listed"));
  }),
);
