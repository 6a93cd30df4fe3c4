import { describe, expect, it } from "vitest";
import { computeShift } from "./hours";
import { resolvePayRules } from "./pay-rules";
import { buildTimesheet, csvCell, timesheetToCsv, type TimesheetSource } from "./timesheet";

const CALL = new Date("2026-03-08T06:00:00Z"); // 01:00 in New York, the spring-forward night

function source(requests: Partial<TimesheetSource["requests"][number]>[]): TimesheetSource {
  return {
    callTime: {
      id: "00000000-0000-4000-8000-000000000001",
      eventId: "00000000-0000-4000-8000-000000000002",
      name: "Overnight",
      startsAt: CALL,
      timeZone: "America/New_York",
      payRuleLevels: [{ overtimeAfterHours: 8 }, null, { minimumHours: 2 }, {}],
    },
    requests: requests.map((request, index) => ({
      requestId: `00000000-0000-4000-8000-00000000010${index}`,
      state: "confirmed",
      workerId: `00000000-0000-4000-8000-00000000020${index}`,
      workerName: `Worker ${index}`,
      laborTypeId: "00000000-0000-4000-8000-000000000300",
      laborTypeName: "Stagehand",
      requirementId: "00000000-0000-4000-8000-000000000400",
      payRateMinor: 2000,
      requirementPayRules: {},
      entry: null,
      breaks: [],
      ...request,
    })),
  };
}

const labels = {
  column: (column: string) => column,
  paid: "paid",
  unpaid: "unpaid",
  noShow: "no show",
  totals: "Totals",
};

describe("buildTimesheet", () => {
  it("resolves each row's rules with the requirement last and computes with the location's zone", () => {
    const signedOutAt = new Date("2026-03-08T16:05:00Z");
    const sheet = buildTimesheet(
      source([
        {
          requirementPayRules: { roundingGraceMinutes: 5 },
          entry: { id: "00000000-0000-4000-8000-000000000500", signedInAt: CALL, signedOutAt },
        },
      ]),
    );
    const rules = resolvePayRules([
      { overtimeAfterHours: 8 },
      { minimumHours: 2 },
      { roundingGraceMinutes: 5 },
    ]);
    const expected = computeShift({
      scheduledStart: CALL,
      signedInAt: CALL,
      signedOutAt,
      rules,
      payRateMinor: 2000,
      timeZone: "America/New_York",
    });
    expect(sheet.rows[0]!.payRules).toEqual(rules);
    expect(sheet.rows[0]!.hours).toMatchObject({
      status: "completed",
      totalMinutes: expected.status === "completed" ? expected.totalMinutes : -1,
      overtimeMinutes: expected.status === "completed" ? expected.overtimeMinutes : -1,
      costMinor: expected.status === "completed" ? expected.costMinor : -1,
    });
    expect(sheet.totals.overtimeMinutes).toBeGreaterThan(0);
  });

  it("leaves a shift without sign-out in progress, out of the totals, and a no-show without hours", () => {
    const sheet = buildTimesheet(
      source([
        {},
        {
          entry: {
            id: "00000000-0000-4000-8000-000000000501",
            signedInAt: CALL,
            signedOutAt: null,
          },
        },
        { state: "no_call_no_show" },
      ]),
    );
    expect(sheet.rows.map((row) => row.hours?.status ?? null)).toEqual([
      "in_progress",
      "in_progress",
      null,
    ]);
    expect(sheet.totals).toMatchObject({
      workers: 3,
      completed: 0,
      inProgress: 2,
      noShows: 1,
      costMinor: 0,
    });
  });
});

describe("timesheetToCsv", () => {
  it("quotes commas and quotes, and defuses spreadsheet formulas in names", () => {
    expect(csvCell('Ann "Ace", Jr.')).toBe('"Ann ""Ace"", Jr."');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("plain")).toBe("plain");
  });

  it("writes wall times in the zone, across the DST change, and a totals line", () => {
    const sheet = buildTimesheet(
      source([
        {
          workerName: "=Mallory",
          entry: {
            id: "00000000-0000-4000-8000-000000000502",
            signedInAt: CALL,
            signedOutAt: new Date("2026-03-08T10:00:00Z"),
          },
        },
      ]),
    );
    const lines = timesheetToCsv(sheet, labels).trimEnd().split("\r\n");
    // 01:00 EST to 06:00 EDT is four real hours.
    expect(lines[1]).toBe(
      "'=Mallory,Stagehand,2026-03-08 01:00,2026-03-08 06:00,,4.00,0.00,0.00,4.00,80.00",
    );
    expect(lines[2]).toBe("Totals,,,,,4.00,0.00,0.00,4.00,80.00");
  });
});
