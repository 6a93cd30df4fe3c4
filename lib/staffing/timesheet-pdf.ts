import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Translate } from "@/lib/i18n/translator";
import { minutesToHours } from "./hours";
import type { TimesheetReport } from "./reports-timesheets.queries";
import type { TTimesheet, TTimesheetRow, TTimesheetTotals } from "./time-entries.schemas";

/**
 * The printable time sheet: a landscape table per call time with a heading (org, event, call
 * time, date, location), a totals row per call time and for the event, and "Page n of m" on
 * every page. It draws the numbers of the time sheet it is given (`buildTimesheet`, so
 * `computeShift`); nothing is computed here but sums already made and the formatting.
 *
 * Geist (the app's font, from the `geist` package) is embedded, so names in any Latin,
 * Greek or Cyrillic script print as typed; the standard PDF fonts only know Latin-1.
 */

export type PaperSize = "A4" | "LETTER";

export interface TimesheetPdfOptions {
  paper: PaperSize;
  /** The instant printed as "Generated …". */
  generatedAt: Date;
  /** Off only for tests that read the drawing commands. */
  compress?: boolean;
}

const FONT_DIR = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(path.join(FONT_DIR, "Geist-Regular.ttf")),
    bold: readFileSync(path.join(FONT_DIR, "Geist-SemiBold.ttf")),
  };
  return fonts;
}

const MARGIN = 36;
const FOOTER_HEIGHT = 20;
const CELL_PADDING_X = 4;
const CELL_PADDING_Y = 4;
const BODY_SIZE = 8.5;
const COLORS = {
  text: "#111827",
  muted: "#6b7280",
  rule: "#e5e7eb",
  headerFill: "#f3f4f6",
  totalsFill: "#f9fafb",
  noShow: "#b91c1c",
};

type ColumnKey =
  | "name"
  | "laborType"
  | "in"
  | "out"
  | "breaks"
  | "hours"
  | "mealPenalty"
  | "overtime"
  | "total"
  | "cost";

/** Relative widths; the numbers sit right-aligned. */
const COLUMNS: { key: ColumnKey; weight: number; numeric?: boolean }[] = [
  { key: "name", weight: 1.7 },
  { key: "laborType", weight: 1.1 },
  { key: "in", weight: 0.8 },
  { key: "out", weight: 0.8 },
  { key: "breaks", weight: 1.6 },
  { key: "hours", weight: 0.6, numeric: true },
  { key: "mealPenalty", weight: 0.75, numeric: true },
  { key: "overtime", weight: 0.7, numeric: true },
  { key: "total", weight: 0.6, numeric: true },
  { key: "cost", weight: 0.95, numeric: true },
];

type Cells = Partial<Record<ColumnKey, string>>;

interface Formatters {
  hours: (minutes: number | null) => string;
  money: (minor: number | null) => string;
  /** A wall time in the zone; with the date when it is not `sameDayAs`'s. */
  time: (iso: string, sameDayAs: string) => string;
  longDate: (iso: string) => string;
  dayDate: (date: string) => string;
  generated: (instant: Date) => string;
}

function formattersFor(report: TimesheetReport, locale: string): Formatters {
  const zone = report.timeZone;
  const hours = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: report.org.currency });
  const clock = new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: zone,
  });
  // One formatter for the whole document: building an Intl formatter per cell is the slow part.
  const isoDay = new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: zone,
  });
  const shortDay = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    timeZone: zone,
  });
  const longDate = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: zone,
  });
  const dayDate = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const generated = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: zone,
  });
  return {
    hours: (minutes) => (minutes == null ? "" : hours.format(minutesToHours(minutes))),
    money: (minor) => (minor == null ? "" : money.format(minor / 100)),
    time: (iso, sameDayAs) => {
      const instant = new Date(iso);
      const sameDay = isoDay.format(instant) === isoDay.format(new Date(sameDayAs));
      return sameDay
        ? clock.format(instant)
        : `${shortDay.format(instant)} ${clock.format(instant)}`;
    },
    longDate: (iso) => `${longDate.format(new Date(iso))}, ${clock.format(new Date(iso))}`,
    dayDate: (date) => dayDate.format(new Date(`${date}T00:00:00Z`)),
    generated: (instant) => generated.format(instant),
  };
}

function rowCells(row: TTimesheetRow, sheet: TTimesheet, t: Translate, f: Formatters): Cells {
  const base: Cells = { name: row.worker.name, laborType: row.laborType.name };
  const hours = row.hours;
  if (!hours) return base;
  const callStart = sheet.callTime.startsAt;
  const breaks = (row.timeEntry?.breaks ?? [])
    .map(
      (item) =>
        `${f.time(item.startsAt, callStart)} · ${item.durationMinutes} min · ${t(
          item.paid ? "staffing.timesheet.csv.paidBreak" : "staffing.timesheet.csv.unpaidBreak",
        )}`,
    )
    .join("\n");
  const signedIn = Boolean(row.timeEntry?.signedInAt);
  const cells: Cells = {
    ...base,
    in: signedIn ? f.time(hours.start, callStart) : t("staffing.reports.pdf.notSignedIn"),
    breaks,
  };
  if (hours.status !== "completed") {
    return signedIn ? { ...cells, out: t("staffing.reports.pdf.inProgress") } : cells;
  }
  return {
    ...cells,
    out: f.time(hours.end!, callStart),
    hours: f.hours(hours.regularMinutes),
    mealPenalty: f.hours(hours.mealPenaltyMinutes),
    overtime: f.hours(hours.overtimeMinutes),
    total: f.hours(hours.paidMinutes),
    cost: f.money(hours.costMinor),
  };
}

function totalsCells(label: string, totals: TTimesheetTotals, f: Formatters): Cells {
  return {
    name: label,
    hours: f.hours(totals.regularMinutes),
    mealPenalty: f.hours(totals.mealPenaltyMinutes),
    overtime: f.hours(totals.overtimeMinutes),
    total: f.hours(totals.paidMinutes),
    cost: f.money(totals.costMinor),
  };
}

/** Renders the report; resolves with the PDF's bytes. */
export function renderTimesheetPdf(
  report: TimesheetReport,
  t: Translate,
  options: TimesheetPdfOptions,
): Promise<Buffer> {
  const f = formattersFor(report, t.locale);
  const title = t("staffing.reports.pdf.title");
  const doc = new PDFDocument({
    size: options.paper,
    layout: "landscape",
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: `${title}: ${report.event.name}`,
      Author: report.org.name,
      Creator: "Callboard",
      CreationDate: options.generatedAt,
    },
  });
  const { regular, bold } = loadFonts();
  doc.registerFont("body", regular);
  doc.registerFont("bold", bold);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER_HEIGHT;
  const totalWeight = COLUMNS.reduce((sum, column) => sum + column.weight, 0);
  const columns = COLUMNS.reduce<{ key: ColumnKey; x: number; w: number; numeric: boolean }[]>(
    (placed, column) => {
      const x = placed.length ? placed.at(-1)!.x + placed.at(-1)!.w : left;
      placed.push({
        key: column.key,
        x,
        w: (width * column.weight) / totalWeight,
        numeric: column.numeric ?? false,
      });
      return placed;
    },
    [],
  );
  let y = MARGIN;

  // ----- document heading -----
  const drawHeading = () => {
    doc
      .font("bold")
      .fontSize(18)
      .fillColor(COLORS.text)
      .text(title, left, y, { width: width / 2 });
    doc
      .font("bold")
      .fontSize(11)
      .text(report.org.name, left + width / 2, y + 2, { width: width / 2, align: "right" });
    doc
      .font("body")
      .fontSize(BODY_SIZE)
      .fillColor(COLORS.muted)
      .text(
        t("staffing.reports.pdf.generated", { date: f.generated(options.generatedAt) }),
        left + width / 2,
        y + 17,
        { width: width / 2, align: "right" },
      );
    y += 28;
    doc
      .font("bold")
      .fontSize(13)
      .fillColor(COLORS.text)
      .text(report.event.name, left, y, { width });
    y += doc.heightOfString(report.event.name, { width }) + 3;
    const details: [string, string][] = [];
    if (report.callTimes.length === 1) {
      const sheet = report.callTimes[0]!;
      details.push([t("staffing.reports.pdf.callTime"), sheet.callTime.name]);
      details.push([t("staffing.reports.pdf.date"), f.longDate(sheet.callTime.startsAt)]);
    } else {
      const { startDate, endDate } = report.event;
      details.push([
        t("staffing.reports.pdf.dates"),
        startDate === endDate
          ? f.dayDate(startDate)
          : `${f.dayDate(startDate)} – ${f.dayDate(endDate)}`,
      ]);
    }
    if (report.location) {
      const place = [report.location.name, report.location.address].filter(Boolean).join(", ");
      details.push([t("staffing.reports.pdf.location"), place]);
    }
    details.push([t("staffing.reports.pdf.timeZone"), report.timeZone]);
    doc.fontSize(9);
    for (const [label, value] of details) {
      doc.font("bold").fillColor(COLORS.muted).text(`${label}:`, left, y, { width: 80 });
      doc
        .font("body")
        .fillColor(COLORS.text)
        .text(value, left + 80, y, { width: width - 80 });
      y += Math.max(doc.heightOfString(value, { width: width - 80 }), 11) + 1;
    }
    y += 10;
  };

  // ----- table pieces -----
  const rowHeight = (cells: Cells, font: "body" | "bold") => {
    doc.font(font).fontSize(BODY_SIZE);
    const heights = columns.map((column) => {
      const text = cells[column.key];
      return text ? doc.heightOfString(text, { width: column.w - 2 * CELL_PADDING_X }) : 0;
    });
    return Math.max(...heights, doc.currentLineHeight()) + 2 * CELL_PADDING_Y;
  };

  const drawCells = (
    cells: Cells,
    options: {
      font: "body" | "bold";
      height?: number;
      fill?: string;
      color?: string;
      spanNoShow?: string;
    },
  ) => {
    const height = options.height ?? rowHeight(cells, options.font);
    if (options.fill) doc.rect(left, y, width, height).fill(options.fill);
    doc.font(options.font).fontSize(BODY_SIZE);
    for (const column of columns) {
      const text = cells[column.key];
      if (!text) continue;
      doc
        .fillColor(options.color ?? COLORS.text)
        .text(text, column.x + CELL_PADDING_X, y + CELL_PADDING_Y, {
          width: column.w - 2 * CELL_PADDING_X,
          align: column.numeric ? "right" : "left",
        });
    }
    if (options.spanNoShow) {
      const from = columns.find((column) => column.key === "in")!;
      doc
        .font("bold")
        .fillColor(COLORS.noShow)
        .text(options.spanNoShow, from.x + CELL_PADDING_X, y + CELL_PADDING_Y, {
          width: width - (from.x - left) - 2 * CELL_PADDING_X,
        });
    }
    y += height;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
  };

  const headerCells = Object.fromEntries(
    COLUMNS.map((column) => [column.key, t(`staffing.timesheet.csv.${column.key}`)]),
  ) as Cells;
  const costLabel = `${headerCells.cost} (${report.org.currency})`;

  const drawTableHeader = () => {
    drawCells({ ...headerCells, cost: costLabel }, { font: "bold", fill: COLORS.headerFill });
  };

  const sectionTitle = (sheet: TTimesheet) =>
    `${sheet.callTime.name} — ${f.longDate(sheet.callTime.startsAt)}`;

  /** Starts a new page when `needed` points do not fit, repeating the section's heading. */
  const ensureRoom = (needed: number, sheet: TTimesheet | null) => {
    if (y + needed <= bottom()) return;
    doc.addPage();
    y = MARGIN;
    if (sheet) {
      doc
        .font("bold")
        .fontSize(10)
        .fillColor(COLORS.muted)
        .text(`${sectionTitle(sheet)} ${t("staffing.reports.pdf.continued")}`, left, y, { width });
      y += 16;
      drawTableHeader();
    }
  };

  const drawSection = (sheet: TTimesheet) => {
    const heading = sectionTitle(sheet);
    const summary = t("staffing.reports.pdf.summary", {
      workers: sheet.totals.workers,
      completed: sheet.totals.completed,
      inProgress: sheet.totals.inProgress,
      noShows: sheet.totals.noShows,
    });
    // Keep the heading with the table header and at least one row.
    ensureRoom(70, null);
    doc.font("bold").fontSize(11).fillColor(COLORS.text).text(heading, left, y, { width });
    y += doc.heightOfString(heading, { width }) + 1;
    doc.font("body").fontSize(BODY_SIZE).fillColor(COLORS.muted).text(summary, left, y, { width });
    y += 14;
    drawTableHeader();
    if (sheet.rows.length === 0) {
      const empty = { name: t("staffing.reports.pdf.noWorkers") };
      const height = rowHeight(empty, "body");
      ensureRoom(height, sheet);
      drawCells(empty, { font: "body", height, color: COLORS.muted });
    }
    for (const row of sheet.rows) {
      const cells = rowCells(row, sheet, t, f);
      const height = rowHeight(cells, "body");
      ensureRoom(height, sheet);
      drawCells(cells, {
        font: "body",
        height,
        spanNoShow: row.hours ? undefined : t("staffing.timesheet.csv.noShow"),
      });
    }
    const totals = totalsCells(t("staffing.timesheet.csv.totals"), sheet.totals, f);
    const height = rowHeight(totals, "bold");
    ensureRoom(height, sheet);
    drawCells(totals, { font: "bold", height, fill: COLORS.totalsFill });
    y += 18;
  };

  drawHeading();
  if (report.callTimes.length === 0) {
    doc
      .font("body")
      .fontSize(10)
      .fillColor(COLORS.muted)
      .text(t("staffing.reports.pdf.noCallTimes"), left, y, { width });
  }
  for (const sheet of report.callTimes) drawSection(sheet);
  if (report.callTimes.length > 1) {
    const totals = totalsCells(t("staffing.reports.pdf.eventTotals"), report.totals, f);
    ensureRoom(2 * rowHeight(totals, "bold"), null);
    drawTableHeader();
    drawCells(totals, { font: "bold", fill: COLORS.totalsFill });
  }

  // ----- footers, once the page count is known -----
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise open a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - MARGIN - 8;
    doc
      .font("body")
      .fontSize(7.5)
      .fillColor(COLORS.muted)
      .text(`${report.org.name} · ${report.event.name}`, left, footerY, {
        width: width * 0.7,
        lineBreak: false,
      })
      .text(
        t("staffing.reports.pdf.page", { page: index + 1, pages: range.count }),
        left + width * 0.7,
        footerY,
        { width: width * 0.3, align: "right", lineBreak: false },
      );
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}

/** The paper a report prints on unless asked: Letter for English orgs, else A4. */
export function defaultPaper(locale: "en" | "sq"): PaperSize {
  return locale === "en" ? "LETTER" : "A4";
}
