import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteEmployeeRoute,
  getEmployeeRoute,
  updateEmployeeRoute,
} from "@/lib/booking/catalog.contracts";
import { deleteEmployee, getEmployee, updateEmployee } from "@/lib/booking/catalog.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getEmployeeRoute, async ({ org, params, t }) =>
    ok(await getEmployee(org, params.id, t.locale), t("booking.catalog.employeeFound")),
  ),
  apiRoute(updateEmployeeRoute, async ({ org, params, body, t }) =>
    ok(await updateEmployee(org, params.id, body, t.locale), t("booking.catalog.employeeUpdated")),
  ),
  apiRoute(deleteEmployeeRoute, async ({ org, params, t }) =>
    ok(await deleteEmployee(org, params.id), t("booking.catalog.employeeDeleted")),
  ),
);
