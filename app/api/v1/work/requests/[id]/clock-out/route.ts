import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { clockOutMine, resolveWorkerSelf, workClockOutRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(workClockOutRoute, async ({ request, viewer, params, t }) => {
    const source = request.headers.has("authorization") ? "worker-api" : "worker-web";
    const shift = await clockOutMine(await resolveWorkerSelf(viewer.user), params.id, source);
    return ok(shift, t("staffing.work.clockedOut"));
  }),
);
