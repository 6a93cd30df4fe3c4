import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createEmployeeRoute, listEmployeesRoute } from "@/lib/booking/catalog.contracts";
import { createEmployee, listBusinessEmployees } from "@/lib/booking/catalog.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listEmployeesRoute, async ({ org, params, t }) =>
    ok(await listBusinessEmployees(org, params.id, t.locale), t("booking.catalog.employeesListed")),
  ),
  apiRoute(createEmployeeRoute, async ({ org, params, body, t }) =>
    created(
      await createEmployee(org, params.id, body, t.locale),
      t("booking.catalog.employeeCreated"),
    ),
  ),
);
