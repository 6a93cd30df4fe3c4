import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { deleteTimeOffRoute } from "@/lib/booking/hours.contracts";
import { deleteTimeOff } from "@/lib/booking/hours.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(deleteTimeOffRoute, async ({ org, params, t }) =>
    ok(await deleteTimeOff(org, params.id), t("booking.hours.timeOffDeleted")),
  ),
);
