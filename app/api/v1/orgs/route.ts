import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createOrg, createOrgRoute, listMyOrgs, listMyOrgsRoute } from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listMyOrgsRoute, async ({ viewer, t }) =>
    ok(await listMyOrgs(viewer.user.id), t("tenancy.orgsListed")),
  ),
  apiRoute(createOrgRoute, async ({ viewer, body, t }) =>
    created(await createOrg(viewer.user, body), t("tenancy.orgCreated")),
  ),
);
