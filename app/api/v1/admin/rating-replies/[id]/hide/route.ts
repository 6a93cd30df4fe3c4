import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { hideReplyRoute } from "@/lib/booking/ratings.contracts";
import { setReplyHidden } from "@/lib/booking/ratings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(hideReplyRoute, async ({ viewer, params, t }) =>
    ok(await setReplyHidden(viewer, params.id, true), t("booking.ratings.hidden")),
  ),
);
