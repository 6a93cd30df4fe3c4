import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  createRequirement,
  createRequirementRoute,
  listRequirements,
  listRequirementsRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listRequirementsRoute, async ({ org, params, t }) =>
    ok(await listRequirements(org, params.id), t("staffing.events.requirementsListed")),
  ),
  apiRoute(createRequirementRoute, async ({ org, params, body, t }) =>
    created(await createRequirement(org, params.id, body), t("staffing.events.requirementCreated")),
  ),
);
