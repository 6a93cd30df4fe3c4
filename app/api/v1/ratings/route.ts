import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createRatingRoute, listMyRatingsRoute } from "@/lib/booking/ratings.contracts";
import { createRating, listRatingsOf } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(createRatingRoute, async ({ viewer, body, t }) =>
    created(await createRating(viewer, body), t("booking.ratings.created")),
  ),
  apiRoute(listMyRatingsRoute, async ({ viewer, query, t }) => {
    const { items, meta } = await listRatingsOf(viewer, query);
    return paginated(items, meta, t("booking.ratings.listed"));
  }),
);
