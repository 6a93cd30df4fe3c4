import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { getMySchedule, resolveWorkerSelf, workScheduleRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(workScheduleRoute, async ({ viewer, t }) =>
    ok(
      await getMySchedule(await resolveWorkerSelf(viewer.user)),
      t("staffing.work.scheduleListed"),
    ),
  ),
);
