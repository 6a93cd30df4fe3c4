import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createTimeOffRoute, listTimeOffRoute } from "@/lib/booking/hours.contracts";
import { createTimeOff, listTimeOff } from "@/lib/booking/hours.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listTimeOffRoute, async ({ org, params, query, t }) =>
    ok(await listTimeOff(org, params.id, query), t("booking.hours.timeOffListed")),
  ),
  apiRoute(createTimeOffRoute, async ({ org, params, body, t }) =>
    created(await createTimeOff(org, params.id, body), t("booking.hours.timeOffCreated")),
  ),
);
