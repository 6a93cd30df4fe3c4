import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { orderEmployeesRoute } from "@/lib/booking/catalog.contracts";
import { orderEmployees } from "@/lib/booking/catalog.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(orderEmployeesRoute, async ({ org, params, body, t }) =>
    ok(
      await orderEmployees(org, params.id, body.employeeIds, t.locale),
      t("booking.catalog.employeesOrdered"),
    ),
  ),
);
