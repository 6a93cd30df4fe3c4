import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  createLaborType,
  createLaborTypeRoute,
  listLaborTypes,
  listLaborTypesRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listLaborTypesRoute, async ({ org, t }) =>
    ok(await listLaborTypes(org), t("staffing.laborTypesListed")),
  ),
  apiRoute(createLaborTypeRoute, async ({ org, body, t }) =>
    created(await createLaborType(org, body), t("staffing.laborTypeCreated")),
  ),
);
