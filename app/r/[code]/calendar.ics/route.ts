import { linkCalendar } from "@/lib/staffing";
import { linkFileResponse, requestIp } from "../link-file";

/** "Add to calendar" for a confirmed shift: an iCalendar file, opened inline by phones. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return linkFileResponse(
    request,
    () => linkCalendar(code, { ip: requestIp(request) }),
    (file) => ({
      body: file.ics,
      type: "text/calendar; charset=utf-8",
      disposition: `inline; filename="${file.filename}"`,
    }),
  );
}
