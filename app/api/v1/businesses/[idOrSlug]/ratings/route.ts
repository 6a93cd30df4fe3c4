import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listBusinessRatingsRoute } from "@/lib/booking/ratings.contracts";
import { listBusinessRatings } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listBusinessRatingsRoute, async ({ params, query, t }) => {
    const { items, meta } = await listBusinessRatings(params.idOrSlug, query);
    return paginated(items, meta, t("booking.ratings.listed"));
  }),
);
