import { eventsRoutes } from "./events.contracts";
import { peopleRoutes } from "./people.contracts";

export const staffingRoutes = [...peopleRoutes, ...eventsRoutes];
