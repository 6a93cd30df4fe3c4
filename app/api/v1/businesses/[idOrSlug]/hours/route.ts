import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { publicHoursRoute } from "@/lib/booking/hours.contracts";
import { publicHours } from "@/lib/booking/hours.queries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(publicHoursRoute, async ({ params, t }) =>
    ok(await publicHours(params.idOrSlug), t("booking.hours.found")),
  ),
);
