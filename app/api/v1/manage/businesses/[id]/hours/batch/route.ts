import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { batchHoursRoute } from "@/lib/booking/hours.contracts";
import { setEmployeesHours } from "@/lib/booking/hours.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(batchHoursRoute, async ({ org, params, body, t }) =>
    ok(
      await setEmployeesHours(org, params.id, body),
      t("booking.hours.batchUpdated", { count: new Set(body.employeeIds).size }),
    ),
  ),
);
