import { getCallTimeTimesheetPdf } from "@/lib/staffing";
import { downloadRoute } from "../../../download-route";

/** The call time's printable time sheet, for links in the dashboard (`?paper=a4|letter`). */
export const GET = downloadRoute((org, id, t, { paper }) =>
  getCallTimeTimesheetPdf(org, id, t, { paper }),
);
