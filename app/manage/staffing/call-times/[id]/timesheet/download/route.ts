import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { getWebViewer } from "@/lib/identity/web-session";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/translator";
import {
  fileResponse,
  getCallTimeTimesheetCsv,
  getCallTimeTimesheetPdf,
} from "@/lib/staffing/reports-downloads";
import { activeOrgId } from "@/lib/tenancy/active-org";
import { resolveOrgContext } from "@/lib/tenancy/context";

const ZDownload = z.object({
  id: z.uuid(),
  format: z.enum(["csv", "pdf"]).default("csv"),
});

/**
 * The time sheet page's download links: the same CSV and PDF as the API
 * (`/api/v1/staffing/call-times/{id}/timesheet.csv|.pdf`), for the browser's session and
 * active organization — a plain link cannot send the API's `X-Org-Id` header.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const t = getTranslator(
    resolveLocale({
      preferred: (await cookies()).get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    }),
  );
  try {
    const parsed = ZDownload.safeParse({
      id: (await params).id,
      format: url.searchParams.get("format") ?? undefined,
    });
    if (!parsed.success) throw new NotFoundError("staffing.timesheet.callTimeNotFound");
    const viewer = await getWebViewer();
    if (!viewer) throw new UnauthorizedError();
    const orgId = await activeOrgId(viewer);
    if (!orgId) throw new UnauthorizedError("tenancy.noActiveOrg");
    const org = await resolveOrgContext(viewer, orgId, "staffing.read");
    const { id, format } = parsed.data;
    const file =
      format === "pdf"
        ? await getCallTimeTimesheetPdf(org, id, t)
        : await getCallTimeTimesheetCsv(org, id, t);
    return fileResponse(file);
  } catch (error) {
    if (error instanceof UnauthorizedError) {
      const back = `${url.pathname}${url.search}`;
      return NextResponse.redirect(
        new URL(`/sign-in?callbackUrl=${encodeURIComponent(back)}`, url),
      );
    }
    if (error instanceof AppError) {
      return new Response(localize(t, error.messageKey, error.values), {
        status: error.status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
