import { z } from "zod";
import { defineRoute, type RouteContract } from "@/lib/api/contract";
import { ZIdParams } from "./events.schemas";
import { ZCreatedStation, ZStation } from "./stations.schemas";

const tags = ["Staffing: time sheets"];
const scopeNote =
  "A steward reaches only the events assigned to them; any other event answers 404.";

export const createStationRoute = defineRoute({
  method: "POST",
  path: "/staffing/events/{id}/stations",
  summary: "Open a sign-in station",
  description:
    "A kiosk page for the event's sign-in desk, valid 24 hours: it scans the workers' " +
    "clock-in QR codes (or takes their short code) and signs each confirmed worker in, then " +
    "out on the next scan; anyone not confirmed for the event is refused. The `url` carries " +
    "the station's secret and is shown only here. 409 on a canceled or completed event. " +
    scopeNote,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  response: ZCreatedStation,
  status: 201,
  errors: [409],
});

export const listStationsRoute = defineRoute({
  method: "GET",
  path: "/staffing/events/{id}/stations",
  summary: "An event's open sign-in stations",
  description: `Stations not expired yet, newest first (without their URLs). ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  response: z.array(ZStation),
});

export const deleteStationRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/stations/{id}",
  summary: "Close a sign-in station",
  description: `Its kiosk page stops working at once. ${scopeNote}`,
  tags,
  auth: "org",
  permission: "staffing.timesheets.write",
  params: ZIdParams,
  response: z.object({ id: z.uuid() }),
});

export const stationsRoutes: RouteContract[] = [
  createStationRoute,
  listStationsRoute,
  deleteStationRoute,
];
