import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as callTimeCsvRoute from "@/app/api/v1/staffing/call-times/[id]/timesheet.csv/route";
import * as callTimePdfRoute from "@/app/api/v1/staffing/call-times/[id]/timesheet.pdf/route";
import * as eventCsvRoute from "@/app/api/v1/staffing/events/[id]/timesheet.csv/route";
import * as eventPdfRoute from "@/app/api/v1/staffing/events/[id]/timesheet.pdf/route";
import { callTimes } from "@/db/schema/staffing";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import type { RouteHandler } from "@/lib/api/route";
import { withTenant } from "@/lib/tenancy";
import { staffingOrg } from "./events.testing";
import { pdfText } from "./pdf-text.testing";
import { fetchFile, seeder } from "./reports.testing";
import { loadTimesheetSource, loadTimesheetSources } from "./timesheet-sources.queries";

type Setup = Awaited<ReturnType<typeof staffingOrg>>;

/**
 * Harbor Festival in New York (UTC−5): a load-in at 07:00 and a strike at 22:00 that runs
 * past midnight.
 */
async function festival(setup: Setup) {
  const seed = seeder(setup);
  const eventId = await seed.event({
    name: "Harbor Festival",
    startDate: "2026-12-04",
    endDate: "2026-12-05",
    steward: true,
  });
  const loadIn = await seed.callTime(eventId, "Load-in", "2026-12-04T12:00:00Z");
  const strike = await seed.callTime(eventId, "Strike", "2026-12-05T03:00:00Z");
  const hands = await seed.requirement(loadIn, { needed: 3, confirmed: 2 });
  const riggers = await seed.requirement(loadIn, {
    laborType: "rigger",
    needed: 1,
    confirmed: 1,
    payRateMinor: 3000,
  });
  const strikeHands = await seed.requirement(strike, { needed: 1, confirmed: 1 });
  const [ann, bob, cy, dee] = await Promise.all(
    ["Ann Able", "Bob Brown", "Cy Clark", "Dee Dunn"].map((name) => seed.worker(name)),
  );
  await seed.shift(await seed.request(hands, ann!, "confirmed"), {
    in: "2026-12-04T12:00:00Z",
    out: "2026-12-04T18:20:00Z",
    breaks: [{ at: "2026-12-04T16:00:00Z", minutes: 30 }],
  });
  await seed.request(hands, bob!, "no_call_no_show");
  await seed.request(hands, dee!, "confirmed");
  await seed.shift(await seed.request(riggers, cy!, "confirmed"), {
    in: "2026-12-04T12:10:00Z",
    out: "2026-12-04T21:00:00Z",
  });
  await seed.shift(await seed.request(strikeHands, ann!, "confirmed"), {
    in: "2026-12-05T03:00:00Z",
    out: "2026-12-05T07:10:00Z",
  });
  // Requested but not confirmed: on no sheet.
  await seed.request(strikeHands, dee!, "declined");
  return { eventId, loadIn, strike };
}

function csvLines(text: string) {
  return text.trimEnd().split("\r\n");
}

let setup: Setup;
let ids: Awaited<ReturnType<typeof festival>>;
let manager: { token: string; orgId: string };

beforeAll(async () => {
  setup = await staffingOrg();
  ids = await festival(setup);
  manager = { token: setup.team.manager.token, orgId: setup.org.id };
});

describe("time sheet reports", () => {
  it("loads an event's call times in one batch exactly as the call time sheet loads each", async () => {
    const context = {
      orgId: setup.org.id,
      userId: setup.team.manager.user.id,
      role: "manager" as const,
      membershipId: setup.team.manager.membershipId,
    };
    await withTenant(context, async (tx) => {
      const batch = await loadTimesheetSources(tx, context.orgId, {
        callTimes: eq(callTimes.eventId, ids.eventId),
      });
      expect(batch.map((source) => source.callTime.name)).toEqual(["Load-in", "Strike"]);
      for (const source of batch) {
        expect(source).toEqual(await loadTimesheetSource(tx, context, source.callTime.id));
      }
      expect(batch[0]!.requests.flatMap((request) => request.breaks)).toHaveLength(1);
    });
  });

  it("exports the event as one CSV whose cells are the call times' CSV cells", async () => {
    const { response, text } = await fetchFile(eventCsvRoute.GET as RouteHandler, {
      ...manager,
      id: ids.eventId,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="timesheet-harbor-festival-2026-12-04.csv"',
    );
    const lines = csvLines(text);
    expect(lines[0]).toBe(
      "Call time,Name,Labor type,In,Out,Breaks,Hours,Meal penalty,Overtime,Total,Cost",
    );

    const expected: string[] = [];
    for (const [callTimeId, label] of [
      [ids.loadIn, "Load-in 2026-12-04 07:00"],
      [ids.strike, "Strike 2026-12-04 22:00"],
    ] as const) {
      const single = await fetchFile(callTimeCsvRoute.GET as RouteHandler, {
        ...manager,
        id: callTimeId,
      });
      const rows = csvLines(single.text).slice(1, -1);
      expected.push(...rows.map((row) => `${label},${row}`));
    }
    expect(lines.slice(1, -1)).toEqual(expected);
    expect(lines).toContain(
      "Load-in 2026-12-04 07:00,Ann Able,Stagehand,2026-12-04 07:00,2026-12-04 13:30,2026-12-04 11:00 30 min unpaid,6.00,0.00,0.00,6.00,150.00",
    );
    // Past midnight: 22:00–02:10 rounds down to 02:00, the four-hour minimum.
    expect(lines).toContain(
      "Strike 2026-12-04 22:00,Ann Able,Stagehand,2026-12-04 22:00,2026-12-05 02:00,,4.00,0.00,0.00,4.00,100.00",
    );
    // Cy: 07:10–16:00, 8 h 50 min without a break: 5 h regular, 3 h 50 min meal penalty at
    // 1.5 × $30 → $150 + $172.50.
    expect(lines).toContain(
      "Load-in 2026-12-04 07:00,Cy Clark,Rigger,2026-12-04 07:10,2026-12-04 16:00,,5.00,3.83,0.00,8.83,322.50",
    );
    expect(lines.at(-1)).toBe("Totals,,,,,,15.00,3.83,0.00,18.83,572.50");
  });

  it("prints a call time as a PDF with the CSV's hours and the heading", async () => {
    const { response, bytes } = await fetchFile(callTimePdfRoute.GET as RouteHandler, {
      ...manager,
      id: ids.loadIn,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="timesheet-harbor-festival-load-in-2026-12-04.pdf"',
    );
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // An English org prints on Letter, landscape.
    expect(bytes.toString("latin1")).toContain("/MediaBox [0 0 792 612]");
    const text = pdfText(bytes);
    for (const expected of [
      "Time sheet",
      setup.org.name,
      "Harbor Festival",
      "Load-in",
      "Friday, December 4, 2026, 07:00",
      "Pier 17",
      "No call, no show",
      "Not signed in",
      "Page 1 of 1",
    ]) {
      expect(text).toContain(expected);
    }

    const csv = await fetchFile(callTimeCsvRoute.GET as RouteHandler, {
      ...manager,
      id: ids.loadIn,
    });
    const csvRows = csvLines(csv.text)
      .slice(1, -1)
      .map((line) => line.split(","));
    expect(csvRows.map((cells) => cells[0])).toEqual([
      "Cy Clark",
      "Ann Able",
      "Bob Brown",
      "Dee Dunn",
    ]);
    for (const cells of csvRows) {
      const at = text.indexOf(cells[0]!);
      expect(at).toBeGreaterThan(-1);
      const [hours, penalty, overtime, total] = cells.slice(5, 9);
      if (!total) continue;
      // After name, labor type, in, out (and the breaks, when any): the CSV's numbers.
      const numbers = text.slice(at + 4, at + 10);
      expect(numbers).toEqual(expect.arrayContaining([hours, penalty, overtime, total]));
    }
    const [, , , , , ...totals] = csvLines(csv.text).at(-1)!.split(",");
    const totalsAt = text.lastIndexOf("Totals");
    expect(text.slice(totalsAt + 1, totalsAt + 5)).toEqual(totals.slice(0, 4));
    expect(text[totalsAt + 5]).toBe(`$${totals[4]}`);
  });

  it("prints the event as a PDF: a table per call time and the event's totals", async () => {
    const { response, bytes } = await fetchFile(eventPdfRoute.GET as RouteHandler, {
      ...manager,
      id: ids.eventId,
      query: { paper: "a4" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="timesheet-harbor-festival-2026-12-04.pdf"',
    );
    expect(bytes.toString("latin1")).toContain("/MediaBox [0 0 841.89 595.28]");
    const text = pdfText(bytes);
    expect(text).toContain("Load-in — Friday, December 4, 2026, 07:00");
    expect(text).toContain("Strike — Friday, December 4, 2026, 22:00");
    expect(text).toContain("December 4, 2026 – December 5, 2026");
    const csv = await fetchFile(eventCsvRoute.GET as RouteHandler, { ...manager, id: ids.eventId });
    const [, , , , , , ...totals] = csvLines(csv.text).at(-1)!.split(",");
    const at = text.indexOf("Event totals");
    expect(text.slice(at + 1, at + 6)).toEqual([...totals.slice(0, 4), `$${totals[4]}`]);
  });

  it("keeps stewards to their events, refuses other roles and strangers", async () => {
    const seed = seeder(setup);
    const otherEvent = await seed.event({ name: "Winter Gala", startDate: "2026-12-10" });
    const otherCallTime = await seed.callTime(otherEvent, "Setup", "2026-12-10T14:00:00Z");
    const routes = [
      [callTimePdfRoute.GET, ids.loadIn, otherCallTime],
      [eventCsvRoute.GET, ids.eventId, otherEvent],
      [eventPdfRoute.GET, ids.eventId, otherEvent],
    ] as const;
    const steward = { token: setup.team.steward.token, orgId: setup.org.id };
    const other = await staffingOrg("Rival Crew");
    const stranger = { token: other.team.owner.token, orgId: other.org.id };

    for (const [handler, assigned, unassigned] of routes) {
      const call = (
        auth: { token?: string; orgId?: string },
        id: string,
        query?: Record<string, string>,
      ) =>
        fetchFile(handler as RouteHandler, { ...auth, id, query }).then(
          ({ response }) => response.status,
        );
      expect(await call(steward, assigned)).toBe(200);
      expect(await call(steward, unassigned)).toBe(404);
      expect(await call(manager, unassigned)).toBe(200);
      expect(await call({ token: setup.team.worker.token, orgId: setup.org.id }, assigned)).toBe(
        403,
      );
      expect(await call({ token: setup.team.member.token, orgId: setup.org.id }, assigned)).toBe(
        403,
      );
      expect(await call({ orgId: setup.org.id }, assigned)).toBe(401);
      expect(await call(stranger, assigned)).toBe(404);
      expect(await call(manager, "00000000-0000-4000-8000-000000000000")).toBe(404);
    }

    const refused = await fetchFile(eventPdfRoute.GET as RouteHandler, {
      ...manager,
      id: ids.eventId,
      query: { paper: "legal" },
    });
    expect(refused.response.status).toBe(422);
    expect(JSON.parse(refused.text).errors).toHaveProperty("paper");
    const notFound = await fetchFile(eventCsvRoute.GET as RouteHandler, {
      ...stranger,
      id: ids.eventId,
    });
    expect(JSON.parse(notFound.text)).toMatchObject({
      status: "error",
      message: "Event not found.",
    });
  });

  it("documents the files with their media types", () => {
    const paths = buildOpenApiDocument().paths as Record<
      string,
      { get: { responses: Record<string, { content: Record<string, unknown> }> } }
    >;
    const mediaTypes = (path: string) => Object.keys(paths[path]!.get.responses["200"]!.content);
    expect(mediaTypes("/staffing/call-times/{id}/timesheet.csv")).toEqual(["text/csv"]);
    expect(mediaTypes("/staffing/events/{id}/timesheet.csv")).toEqual(["text/csv"]);
    expect(mediaTypes("/staffing/events/{id}/timesheet.pdf")).toEqual(["application/pdf"]);
    expect(mediaTypes("/staffing/call-times/{id}/timesheet.pdf")).toEqual(["application/pdf"]);
    expect(mediaTypes("/staffing/dashboard")).toEqual(["application/json"]);
    expect(Object.keys(paths["/staffing/events/{id}/timesheet.pdf"]!.get.responses)).toEqual(
      expect.arrayContaining(["401", "403", "404", "422"]),
    );
  });
});
