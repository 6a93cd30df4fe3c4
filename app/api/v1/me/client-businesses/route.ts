import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { myClientBusinessesRoute } from "@/lib/booking/clients.contracts";
import { listMyClientBusinesses } from "@/lib/booking/clients.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(myClientBusinessesRoute, async ({ viewer, t }) =>
    ok(await listMyClientBusinesses(viewer), t("booking.clients.mine")),
  ),
);
