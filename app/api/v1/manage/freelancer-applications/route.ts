import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listOrgApplicationsRoute } from "@/lib/booking/applications.contracts";
import { listOrgApplications } from "@/lib/booking/applications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listOrgApplicationsRoute, async ({ org, query, t }) => {
    const { items, meta } = await listOrgApplications(org, query);
    return paginated(items, meta, t("booking.applications.listed"));
  }),
);
