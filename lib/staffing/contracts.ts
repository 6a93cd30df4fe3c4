import { eventsRoutes } from "./events.contracts";
import { peopleRoutes } from "./people.contracts";
import { timesheetRoutes } from "./time-entries.contracts";

export const staffingRoutes = [...peopleRoutes, ...eventsRoutes, ...timesheetRoutes];
