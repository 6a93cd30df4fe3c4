import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteRequirement,
  deleteRequirementRoute,
  getRequirement,
  getRequirementRoute,
  updateRequirement,
  updateRequirementRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getRequirementRoute, async ({ org, params, t }) =>
    ok(await getRequirement(org, params.id), t("staffing.events.requirementFound")),
  ),
  apiRoute(updateRequirementRoute, async ({ org, params, body, t }) =>
    ok(await updateRequirement(org, params.id, body), t("staffing.events.requirementUpdated")),
  ),
  apiRoute(deleteRequirementRoute, async ({ org, params, t }) =>
    ok(await deleteRequirement(org, params.id), t("staffing.events.requirementDeleted")),
  ),
);
