import { getEventTimesheetCsv } from "@/lib/staffing";
import { downloadRoute } from "../../../download-route";

/** The event's time sheet as CSV, every call time, for links in the dashboard. */
export const GET = downloadRoute((org, id, t) => getEventTimesheetCsv(org, id, t));
