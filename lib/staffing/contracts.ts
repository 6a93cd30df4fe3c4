import { eventsRoutes } from "./events.contracts";
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
  ...sendingRoutes,
  ...timesheetRoutes,
  ...reportsRoutes,
  ...stationsRoutes,
];
