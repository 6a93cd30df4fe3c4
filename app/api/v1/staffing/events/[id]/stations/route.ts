import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createStation, createStationRoute, listStations, listStationsRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listStationsRoute, async ({ org, params, t }) =>
    ok(await listStations(org, params.id), t("staffing.stations.listed")),
  ),
  apiRoute(createStationRoute, async ({ org, params, t }) =>
    created(await createStation(org, params.id), t("staffing.stations.created")),
  ),
);
