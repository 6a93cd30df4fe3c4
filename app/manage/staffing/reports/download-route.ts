import { getLocale } from "next-intl/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type Translate } from "@/lib/i18n/translator";
import { fileResponse, type ReportFile, ZTimesheetPdfQuery } from "@/lib/staffing";
import type { OrgContext } from "@/lib/tenancy";
import { requireActiveOrg } from "../../manage-context";

type Load = (
  org: OrgContext,
  id: string,
  t: Translate,
  options: { paper?: "a4" | "letter" },
) => Promise<ReportFile>;

/**
 * A time sheet download for the dashboard's links: the browser's session and active org
 * (links cannot send the API's X-Org-Id), the same files as the API. A refusal answers with
 * its status and a one-line message in the viewer's language.
 */
export function downloadRoute(load: Load) {
  return async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const locale = await getLocale();
    const t = getTranslator(isLocale(locale) ? locale : "en", "api");
    const refuse = (status: number, message: string) =>
      new Response(message, {
        status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    const { id } = await context.params;
    if (!z.uuid().safeParse(id).success) return refuse(404, t("errors.notFound"));
    const query = ZTimesheetPdfQuery.safeParse(
      Object.fromEntries(new URL(request.url).searchParams),
    );
    try {
      const { org } = await requireActiveOrg();
      return fileResponse(await load(org, id, t, query.success ? query.data : {}));
    } catch (error) {
      if (error instanceof AppError) {
        return refuse(error.status, localize(t, error.messageKey, error.values));
      }
      throw error;
    }
  };
}
