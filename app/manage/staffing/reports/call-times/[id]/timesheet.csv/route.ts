import { getCallTimeTimesheetCsv } from "@/lib/staffing";
import { downloadRoute } from "../../../download-route";

/** The call time's time sheet as CSV, for links in the dashboard. */
export const GET = downloadRoute((org, id, t) => getCallTimeTimesheetCsv(org, id, t));
