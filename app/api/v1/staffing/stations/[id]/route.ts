import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { deleteStation, deleteStationRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(deleteStationRoute, async ({ org, params, t }) =>
    ok(await deleteStation(org, params.id), t("staffing.stations.deleted")),
  ),
);
