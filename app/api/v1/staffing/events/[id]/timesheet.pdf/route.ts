import { apiRoute, endpoint } from "@/lib/api/route";
import { eventTimesheetPdfRoute, fileResponse, getEventTimesheetPdf } from "@/lib/staffing";

/** The PDF answers outside the envelope; auth, parsing and errors stay those of apiRoute. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(eventTimesheetPdfRoute, async ({ org, params, query, t }) =>
    fileResponse(await getEventTimesheetPdf(org, params.id, t, { paper: query.paper })),
  ),
);
