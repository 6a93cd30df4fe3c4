import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { replyToRatingRoute } from "@/lib/booking/ratings.contracts";
import { replyToRating } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(replyToRatingRoute, async ({ org, params, body, t }) =>
    created(await replyToRating(org, params.id, body), t("booking.ratings.replied")),
  ),
);
