import { eventsRoutes } from "./events.contracts";
import { noticesRoutes } from "./notifications.contracts";
import { peopleRoutes } from "./people.contracts";
import { reportsRoutes } from "./reports.contracts";
import { requestsRoutes } from "./requests.contracts";
import { sendingRoutes } from "./sending.contracts";
import { stationsRoutes } from "./stations.contracts";
import { timesheetRoutes } from "./time-entries.contracts";

export const staffingRoutes = [
  ...peopleRoutes,
  ...eventsRoutes,
  ...requestsRoutes,
  ...noticesRoutes,
  ...sendingRoutes,
  ...timesheetRoutes,
  ...reportsRoutes,
  ...stationsRoutes,
];
