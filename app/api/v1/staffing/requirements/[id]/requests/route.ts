import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  createRequests,
  createRequestsRoute,
  listRequestsRoute,
  listRequirementRequests,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listRequestsRoute, async ({ org, params, t }) =>
    ok(await listRequirementRequests(org, params.id), t("staffing.requests.requestsListed")),
  ),
  apiRoute(createRequestsRoute, async ({ org, params, body, t }) =>
    created(await createRequests(org, params.id, body), t("staffing.requests.requestsCreated")),
  ),
);
