import { getEventTimesheetPdf } from "@/lib/staffing";
import { downloadRoute } from "../../../download-route";

/** The event's printable time sheet, every call time, for links in the dashboard. */
export const GET = downloadRoute((org, id, t, { paper }) =>
  getEventTimesheetPdf(org, id, t, { paper }),
);
