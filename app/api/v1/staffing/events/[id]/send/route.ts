import { accepted } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { sendEventRoute, sendQueuedRequests } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(sendEventRoute, async ({ org, params, t }) => {
    const result = await sendQueuedRequests(org, { eventId: params.id });
    return accepted(result, t("staffing.sending.sendStarted", { workers: result.queuedWorkers }));
  }),
);
