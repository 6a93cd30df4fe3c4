import { apiRoute, endpoint } from "@/lib/api/route";
import { ok } from "@/lib/api/respond";
import { getWorkerReliability, workerReliabilityRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(workerReliabilityRoute, async ({ org, params, t }) =>
    ok(await getWorkerReliability(org, params.id), t("staffing.reports.workerFound")),
  ),
);
