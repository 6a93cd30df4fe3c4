import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteEvent,
  deleteEventRoute,
  getEvent,
  getEventRoute,
  updateEvent,
  updateEventRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getEventRoute, async ({ org, params, t }) =>
    ok(await getEvent(org, params.id), t("staffing.events.eventFound")),
  ),
  apiRoute(updateEventRoute, async ({ org, params, body, t }) =>
    ok(await updateEvent(org, params.id, body), t("staffing.events.eventUpdated")),
  ),
  apiRoute(deleteEventRoute, async ({ org, params, t }) =>
    ok(await deleteEvent(org, params.id), t("staffing.events.eventDeleted")),
  ),
);
