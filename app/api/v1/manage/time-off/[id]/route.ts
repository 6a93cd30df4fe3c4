import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { deleteTimeOffRoute, updateTimeOffRoute } from "@/lib/booking/hours.contracts";
import { deleteTimeOff, updateTimeOff } from "@/lib/booking/hours.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(updateTimeOffRoute, async ({ org, params, body, t }) =>
    ok(await updateTimeOff(org, params.id, body), t("booking.hours.timeOffUpdated")),
  ),
  apiRoute(deleteTimeOffRoute, async ({ org, params, t }) =>
    ok(await deleteTimeOff(org, params.id), t("booking.hours.timeOffDeleted")),
  ),
);
