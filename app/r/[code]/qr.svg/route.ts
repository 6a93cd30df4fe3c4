import { linkQrCode } from "@/lib/staffing";
import { linkFileResponse, requestIp } from "../link-file";

/** The clock-in QR code of a confirmed shift, as an SVG image. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return linkFileResponse(
    request,
    () => linkQrCode(code, { ip: requestIp(request) }),
    (svg) => ({ body: svg, type: "image/svg+xml", disposition: 'inline; filename="clock-in.svg"' }),
  );
}
