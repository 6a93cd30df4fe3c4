import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { applyRoute, listMyApplicationsRoute } from "@/lib/booking/applications.contracts";
import { applyToBusiness, listMyApplications } from "@/lib/booking/applications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(applyRoute, async ({ viewer, body, t }) =>
    created(await applyToBusiness(viewer, body), t("booking.applications.created")),
  ),
  apiRoute(listMyApplicationsRoute, async ({ viewer, query, t }) => {
    const { items, meta } = await listMyApplications(viewer, query);
    return paginated(items, meta, t("booking.applications.listed"));
  }),
);
