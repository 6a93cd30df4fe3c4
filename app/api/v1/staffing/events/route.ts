import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createEvent, createEventRoute, listEvents, listEventsRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listEventsRoute, async ({ org, query, t }) => {
    const { items, meta } = await listEvents(org, query);
    return paginated(items, meta, t("staffing.events.eventsListed"));
  }),
  apiRoute(createEventRoute, async ({ org, body, t }) =>
    created(await createEvent(org, body), t("staffing.events.eventCreated")),
  ),
);
