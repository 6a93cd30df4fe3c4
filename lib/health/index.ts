export {
  healthRoutes,
  appHealthRoute,
  databaseHealthRoute,
  jobsHealthRoute,
  realtimeHealthRoute,
} from "./contracts";
export { getAppHealth, checkDatabase } from "./queries";
