import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { answerRatingRoute } from "@/lib/booking/ratings.contracts";
import { answerRating } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(answerRatingRoute, async ({ viewer, params, body, t }) =>
    created(await answerRating(viewer, params.id, body), t("booking.ratings.replied")),
  ),
);
