import type { Translate } from "@/lib/i18n/translator";
import type { OrgContext } from "@/lib/tenancy";
import {
  getCallTimeTimesheetReport,
  getEventTimesheet,
  type TimesheetReport,
} from "./reports-timesheets.queries";
import {
  type TimesheetCsvLabels,
  timesheetCsvHeader,
  timesheetCsvRows,
  timesheetCsvTotals,
  toCsv,
} from "./timesheet";
import { defaultPaper, type PaperSize, renderTimesheetPdf } from "./timesheet-pdf";
import { getTimesheetCsv } from "./time-entries.queries";
import { instantToZonedWallTime } from "./zoned-time";

/**
 * Time sheet files (CSV and PDF, per call time and per event) with their file names, for the
 * API and the dashboard's download links alike.
 */

export interface ReportFile {
  filename: string;
  contentType: string;
  body: Uint8Array | string;
}

/** ASCII words for file names: "Festa e Verës!" → "festa-e-veres". */
export function fileSlug(text: string, fallback: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return slug || fallback;
}

/** The download answer: an attachment nobody caches or sniffs. */
export function fileResponse(file: ReportFile): Response {
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function timesheetCsvLabels(t: Translate): TimesheetCsvLabels {
  return {
    column: (column) => t(`staffing.timesheet.csv.${column}`),
    paid: t("staffing.timesheet.csv.paidBreak"),
    unpaid: t("staffing.timesheet.csv.unpaidBreak"),
    noShow: t("staffing.timesheet.csv.noShow"),
    totals: t("staffing.timesheet.csv.totals"),
  };
}

/**
 * The event's time sheet as one CSV table: the call time (name and local start) first on
 * every line, then the cells of the call time CSV (`timesheetCsvRows`), then one totals line
 * for the whole event.
 */
export function eventTimesheetToCsv(report: TimesheetReport, t: Translate): string {
  const labels = timesheetCsvLabels(t);
  const lines: string[][] = [[t("staffing.reports.csv.callTime"), ...timesheetCsvHeader(labels)]];
  for (const sheet of report.callTimes) {
    const { date, time } = instantToZonedWallTime(
      new Date(sheet.callTime.startsAt),
      sheet.callTime.timeZone,
    );
    const callTime = `${sheet.callTime.name} ${date} ${time}`;
    for (const row of timesheetCsvRows(sheet, labels)) lines.push([callTime, ...row]);
  }
  const [totalsLabel, ...totals] = timesheetCsvTotals(report.totals, labels);
  lines.push([totalsLabel!, "", ...totals]);
  return toCsv(lines);
}

export async function getEventTimesheetCsv(
  context: OrgContext,
  eventId: string,
  t: Translate,
): Promise<ReportFile> {
  const report = await getEventTimesheet(context, eventId);
  return {
    filename: `timesheet-${fileSlug(report.event.name, "event")}-${report.event.startDate}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: eventTimesheetToCsv(report, t),
  };
}

/** The call time CSV of `getTimesheetCsv`, as a file. */
export async function getCallTimeTimesheetCsv(
  context: OrgContext,
  callTimeId: string,
  t: Translate,
): Promise<ReportFile> {
  const { filename, csv } = await getTimesheetCsv(context, callTimeId, t);
  return { filename, contentType: "text/csv; charset=utf-8", body: csv };
}

export interface PdfRequest {
  /** Default: Letter for English orgs, A4 otherwise. */
  paper?: "a4" | "letter";
  now?: Date;
}

function paperFor(request: PdfRequest, report: TimesheetReport): PaperSize {
  if (request.paper) return request.paper === "a4" ? "A4" : "LETTER";
  return defaultPaper(report.org.locale);
}

export async function getCallTimeTimesheetPdf(
  context: OrgContext,
  callTimeId: string,
  t: Translate,
  request: PdfRequest = {},
): Promise<ReportFile> {
  const report = await getCallTimeTimesheetReport(context, callTimeId);
  const sheet = report.callTimes[0]!;
  const { date } = instantToZonedWallTime(new Date(sheet.callTime.startsAt), report.timeZone);
  const name = [fileSlug(report.event.name, "event"), fileSlug(sheet.callTime.name, "call")];
  return {
    filename: `timesheet-${name.join("-")}-${date}.pdf`,
    contentType: "application/pdf",
    body: await renderTimesheetPdf(report, t, {
      paper: paperFor(request, report),
      generatedAt: request.now ?? new Date(),
    }),
  };
}

export async function getEventTimesheetPdf(
  context: OrgContext,
  eventId: string,
  t: Translate,
  request: PdfRequest = {},
): Promise<ReportFile> {
  const report = await getEventTimesheet(context, eventId);
  return {
    filename: `timesheet-${fileSlug(report.event.name, "event")}-${report.event.startDate}.pdf`,
    contentType: "application/pdf",
    body: await renderTimesheetPdf(report, t, {
      paper: paperFor(request, report),
      generatedAt: request.now ?? new Date(),
    }),
  };
}
