import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { publicEmployeesRoute } from "@/lib/booking/catalog.contracts";
import { publicEmployees } from "@/lib/booking/catalog.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(publicEmployeesRoute, async ({ params, t }) =>
    ok(await publicEmployees(params.idOrSlug, t.locale), t("booking.catalog.employeesListed")),
  ),
);
