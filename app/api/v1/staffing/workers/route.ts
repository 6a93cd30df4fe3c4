import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createWorker, createWorkerRoute, listWorkers, listWorkersRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listWorkersRoute, async ({ org, query, t }) => {
    const { items, meta } = await listWorkers(org, query);
    return paginated(items, meta, t("staffing.workersListed"));
  }),
  apiRoute(createWorkerRoute, async ({ org, body, t }) =>
    created(await createWorker(org, body), t("staffing.workerCreated")),
  ),
);
