export { healthRoutes, appHealthRoute, databaseHealthRoute, jobsHealthRoute } from "./contracts";
export { getAppHealth, checkDatabase } from "./queries";
