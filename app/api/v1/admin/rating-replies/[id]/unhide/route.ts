import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { unhideReplyRoute } from "@/lib/booking/ratings.contracts";
import { setReplyHidden } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(unhideReplyRoute, async ({ viewer, params, t }) =>
    ok(await setReplyHidden(viewer, params.id, false), t("booking.ratings.shown")),
  ),
);
