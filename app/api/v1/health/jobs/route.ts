import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { jobsHealthRoute } from "@/lib/health";
import { getJobsHealth } from "@/lib/jobs/health";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(jobsHealthRoute, async ({ t }) => ok(await getJobsHealth(), t("health.jobsOk"))),
);
