import { apiRoute, endpoint } from "@/lib/api/route";
import { eventTimesheetCsvRoute, fileResponse, getEventTimesheetCsv } from "@/lib/staffing";

/** The CSV answers outside the envelope; auth, parsing and errors stay those of apiRoute. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(eventTimesheetCsvRoute, async ({ org, params, t }) =>
    fileResponse(await getEventTimesheetCsv(org, params.id, t)),
  ),
);
