export { healthRoutes, appHealthRoute, databaseHealthRoute } from "./contracts";
export { getAppHealth, checkDatabase } from "./queries";
