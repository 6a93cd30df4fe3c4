import { apiRoute, endpoint } from "@/lib/api/route";
import { callTimeTimesheetPdfRoute, fileResponse, getCallTimeTimesheetPdf } from "@/lib/staffing";

/** The PDF answers outside the envelope; auth, parsing and errors stay those of apiRoute. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(callTimeTimesheetPdfRoute, async ({ org, params, query, t }) =>
    fileResponse(await getCallTimeTimesheetPdf(org, params.id, t, { paper: query.paper })),
  ),
);
