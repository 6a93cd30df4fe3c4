import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  getWorker,
  getWorkerRoute,
  removeWorker,
  removeWorkerRoute,
  updateWorker,
  updateWorkerRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getWorkerRoute, async ({ org, params, t }) =>
    ok(await getWorker(org, params.id), t("staffing.workerFound")),
  ),
  apiRoute(updateWorkerRoute, async ({ org, params, body, t }) =>
    ok(await updateWorker(org, params.id, body), t("staffing.workerUpdated")),
  ),
  apiRoute(removeWorkerRoute, async ({ org, params, t }) => {
    const removed = await removeWorker(org, params.id);
    return ok(
      removed,
      t(removed.outcome === "deleted" ? "staffing.workerDeleted" : "staffing.workerDeactivated"),
    );
  }),
);
