import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteOrg,
  deleteOrgRoute,
  getOrg,
  getOrgRoute,
  updateOrg,
  updateOrgRoute,
} from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getOrgRoute, async ({ org, t }) => ok(await getOrg(org), t("tenancy.orgFound"))),
  apiRoute(updateOrgRoute, async ({ org, body, t }) =>
    ok(await updateOrg(org, body), t("tenancy.orgUpdated")),
  ),
  apiRoute(deleteOrgRoute, async ({ org, t }) => ok(await deleteOrg(org), t("tenancy.orgDeleted"))),
);
