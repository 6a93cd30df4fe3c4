import { eventsRoutes } from "./events.contracts";
import { peopleRoutes } from "./people.contracts";
import { requestsRoutes } from "./requests.contracts";
import { timesheetRoutes } from "./time-entries.contracts";

export const staffingRoutes = [
  ...peopleRoutes,
  ...eventsRoutes,
  ...requestsRoutes,
  ...timesheetRoutes,
];
