import { accepted } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { sendRequirementRoute, sendQueuedRequests } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(sendRequirementRoute, async ({ org, params, t }) => {
    const result = await sendQueuedRequests(org, { requirementId: params.id });
    return accepted(result, t("staffing.sending.sendStarted", { workers: result.queuedWorkers }));
  }),
);
