import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { businessAvailabilityRoute } from "@/lib/booking/availability.contracts";
import { getPublicAvailability } from "@/lib/booking/availability.queries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(businessAvailabilityRoute, async ({ params, query, t }) =>
    ok(await getPublicAvailability(params.idOrSlug, query), t("booking.availability.found")),
  ),
);
