import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translator";
import { pdfText } from "./pdf-text.testing";
import { sumTimesheetTotals, type TimesheetReport } from "./reports-timesheets.queries";
import { buildTimesheet, type TimesheetSource } from "./timesheet";
import { renderTimesheetPdf } from "./timesheet-pdf";

const CALL = new Date("2026-12-04T12:00:00Z"); // 07:00 in New York
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function source(
  callTimeId: number,
  name: string,
  workers: { name: string; outAt?: string; noShow?: boolean; breakAt?: string }[],
): TimesheetSource {
  return {
    callTime: {
      id: id(callTimeId),
      eventId: id(1),
      name,
      startsAt: CALL,
      timeZone: "America/New_York",
      payRuleLevels: [{}, {}, {}, {}],
    },
    requests: workers.map((worker, index) => ({
      requestId: id(1000 * callTimeId + index),
      state: worker.noShow ? "no_call_no_show" : "confirmed",
      workerId: id(500 + index),
      workerName: worker.name,
      laborTypeId: id(90),
      laborTypeName: "Stagehand",
      requirementId: id(91),
      payRateMinor: 2500,
      requirementPayRules: {},
      entry: worker.noShow
        ? null
        : {
            id: id(2000 * callTimeId + index),
            signedInAt: CALL,
            signedOutAt: worker.outAt ? new Date(worker.outAt) : null,
          },
      breaks: worker.breakAt
        ? [
            {
              id: id(3000 + index),
              startsAt: new Date(worker.breakAt),
              durationMinutes: 30,
              paid: false,
            },
          ]
        : [],
    })),
  };
}

function report(sources: TimesheetSource[]): TimesheetReport {
  const callTimes = sources.map(buildTimesheet);
  return {
    org: { name: "Stagecrew Events", currency: "USD", locale: "en" },
    event: { id: id(1), name: "Harbor Festival", startDate: "2026-12-04", endDate: "2026-12-05" },
    location: { name: "Pier 17", address: "89 South St, New York" },
    timeZone: "America/New_York",
    callTimes,
    totals: sumTimesheetTotals(callTimes.map((sheet) => sheet.totals)),
  };
}

const options = { paper: "LETTER" as const, generatedAt: new Date("2026-12-05T15:00:00Z") };

describe("time sheet PDF", () => {
  it("prints the heading, the rows with the time sheet's numbers, totals and page numbers", async () => {
    const data = report([
      source(1, "Load-in", [
        { name: "Ann Able", outAt: "2026-12-04T18:20:00Z", breakAt: "2026-12-04T16:00:00Z" },
        { name: "Bob Brown", noShow: true },
        { name: "Cy Clark" },
      ]),
    ]);
    const pdf = await renderTimesheetPdf(data, getTranslator("en"), {
      ...options,
      compress: false,
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);

    for (const expected of [
      "Time sheet",
      "Stagecrew Events",
      "Harbor Festival",
      "Load-in",
      "Friday, December 4, 2026, 07:00",
      "Pier 17, 89 South St, New York",
      "America/New_York",
      "Ann Able",
      "Bob Brown",
      "No call, no show",
      "Cy Clark",
      "In progress",
      "11:00 · 30 min · unpaid",
      "Cost (USD)",
      "Page 1 of 1",
    ]) {
      expect(text.join("\n")).toContain(expected);
    }
    // Ann: 07:00–13:20 rounds to 13:30, less the unpaid half hour: 6 paid hours at $25.
    const ann = data.callTimes[0]!.rows.find((row) => row.worker.name === "Ann Able")!;
    expect(ann.hours).toMatchObject({ paidMinutes: 360, costMinor: 15000 });
    const annAt = text.indexOf("Ann Able");
    expect(text.slice(annAt, annAt + 10)).toEqual(
      expect.arrayContaining(["07:00", "13:30", "6.00", "$150.00"]),
    );
    const totalsAt = text.lastIndexOf("Totals");
    expect(text.slice(totalsAt, totalsAt + 6)).toEqual([
      "Totals",
      "6.00",
      "0.00",
      "0.00",
      "6.00",
      "$150.00",
    ]);
  });

  it("runs over pages with the table header repeated, an event total, and any script in names", async () => {
    const many = Array.from({ length: 70 }, (_, index) => ({
      name: `Worker ${String(index + 1).padStart(2, "0")}`,
      outAt: "2026-12-04T20:00:00Z",
    }));
    const data = report([
      source(1, "Load-in", many),
      source(2, "Show", [
        { name: "Ëndrit Çela", outAt: "2026-12-04T20:00:00Z" },
        { name: "Дарья Ли", outAt: "2026-12-04T20:00:00Z" },
      ]),
    ]);
    const pdf = await renderTimesheetPdf(data, getTranslator("en"), {
      ...options,
      compress: false,
    });
    const text = pdfText(pdf);
    const pages = text.filter((line) => /^Page \d+ of \d+$/.test(line));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)).toBe(`Page ${pages.length} of ${pages.length}`);
    expect(text.filter((line) => line === "Name").length).toBeGreaterThan(pages.length);
    expect(text).toContain("Load-in — Friday, December 4, 2026, 07:00 (continued)");
    expect(text).toContain("Ëndrit Çela");
    expect(text).toContain("Дарья Ли");
    expect(text).toContain("Worker 70");
    // 72 shifts of 8 hours without a break at $25: 5 regular hours, then 3 of meal penalty
    // at 1.5 × — $237.50 each.
    const totalsAt = text.indexOf("Event totals");
    expect(text.slice(totalsAt, totalsAt + 6)).toEqual([
      "Event totals",
      "360.00",
      "216.00",
      "0.00",
      "576.00",
      "$17,100.00",
    ]);
    expect(data.totals).toMatchObject({
      regularMinutes: 72 * 300,
      mealPenaltyMinutes: 72 * 180,
      paidMinutes: 72 * 480,
      costMinor: 72 * 23750,
    });
  });

  it("speaks Albanian with A4 paper, compressed as served", async () => {
    const data = report([source(1, "Montimi", [{ name: "Ana", outAt: "2026-12-04T18:00:00Z" }])]);
    const pdf = await renderTimesheetPdf(data, getTranslator("sq"), {
      ...options,
      paper: "A4",
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf).join("\n");
    expect(text).toContain("Fleta e orëve");
    expect(text).toContain("Faqja 1 nga 1");
    expect(text).toContain("6,00");
    // A4 landscape, in points.
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 841.89 595.28]");
  });
});
