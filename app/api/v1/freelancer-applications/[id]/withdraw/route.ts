import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { withdrawApplicationRoute } from "@/lib/booking/applications.contracts";
import { withdrawApplication } from "@/lib/booking/applications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(withdrawApplicationRoute, async ({ viewer, params, t }) =>
    ok(await withdrawApplication(viewer, params.id), t("booking.applications.withdrawn")),
  ),
);
