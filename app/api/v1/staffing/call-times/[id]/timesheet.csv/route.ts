import { apiRoute, endpoint } from "@/lib/api/route";
import { getTimesheetCsv, timesheetCsvRoute } from "@/lib/staffing";

/** The CSV answers outside the envelope; auth, parsing and errors stay those of apiRoute. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(timesheetCsvRoute, async ({ org, params, t }) => {
    const { filename, csv } = await getTimesheetCsv(org, params.id, t);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  }),
);
