import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { clockInMine, resolveWorkerSelf, workClockInRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(workClockInRoute, async ({ request, viewer, params, t }) => {
    const source = request.headers.has("authorization") ? "worker-api" : "worker-web";
    const shift = await clockInMine(await resolveWorkerSelf(viewer.user), params.id, source);
    return ok(shift, t("staffing.work.clockedIn"));
  }),
);
