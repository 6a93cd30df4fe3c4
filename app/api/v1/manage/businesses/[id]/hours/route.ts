import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { getHoursRoute, setHoursRoute } from "@/lib/booking/hours.contracts";
import { getBusinessHours, setHours } from "@/lib/booking/hours.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getHoursRoute, async ({ org, params, t }) =>
    ok(await getBusinessHours(org, params.id), t("booking.hours.found")),
  ),
  apiRoute(setHoursRoute, async ({ org, params, body, t }) =>
    ok(await setHours(org, params.id, body), t("booking.hours.updated")),
  ),
);
