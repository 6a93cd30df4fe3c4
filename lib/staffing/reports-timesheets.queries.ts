import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations } from "@/db/schema";
import { callTimes, events, locations } from "@/db/schema/staffing";
import { NotFoundError } from "@/lib/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import type { TTimesheet, TTimesheetTotals } from "./time-entries.schemas";
import { assertAccessAs } from "./event-access";
import { loadTimesheetSource, loadTimesheetSources } from "./timesheet-sources.queries";
import { buildTimesheet } from "./timesheet";

/**
 * Time sheet reports: an event's call times together (CSV, PDF) and one call time's sheet with
 * the heading a printed page needs. Every hour and cost comes from `buildTimesheet`, that is
 * from `computeShift`; this file only loads rows and adds sums of its totals.
 */

/** What a printed or exported time sheet shows: the heading and one sheet per call time. */
export interface TimesheetReport {
  org: { name: string; currency: string; locale: "en" | "sq" };
  event: { id: string; name: string; startDate: string; endDate: string };
  location: { name: string; address: string | null } | null;
  /** The location's zone (else the org's): every wall time of the report is in it. */
  timeZone: string;
  callTimes: TTimesheet[];
  /** Sums of the call times' totals. */
  totals: TTimesheetTotals;
}

export function sumTimesheetTotals(totals: readonly TTimesheetTotals[]): TTimesheetTotals {
  const sum: TTimesheetTotals = {
    workers: 0,
    completed: 0,
    inProgress: 0,
    noShows: 0,
    totalMinutes: 0,
    paidMinutes: 0,
    regularMinutes: 0,
    mealPenaltyMinutes: 0,
    overtimeMinutes: 0,
    costMinor: 0,
  };
  for (const item of totals) {
    for (const key of Object.keys(sum) as (keyof TTimesheetTotals)[]) sum[key] += item[key];
  }
  return sum;
}

/** The event with its location and org, for a report's heading (404 when not in the org). */
async function loadReportHeading(tx: Executor, orgId: string, eventId: string) {
  const [row] = await tx
    .select({
      orgName: organizations.name,
      currency: organizations.currency,
      locale: organizations.locale,
      orgZone: organizations.timeZone,
      eventId: events.id,
      eventName: events.name,
      startDate: events.startDate,
      endDate: events.endDate,
      locationName: locations.name,
      address: locations.address,
      locationZone: locations.timeZone,
    })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.orgId))
    .leftJoin(locations, eq(locations.id, events.locationId))
    .where(and(eq(events.orgId, orgId), eq(events.id, eventId)));
  if (!row) throw new NotFoundError("staffing.reports.eventNotFound");
  return {
    org: {
      name: row.orgName,
      currency: row.currency,
      locale: row.locale === "sq" ? ("sq" as const) : ("en" as const),
    },
    event: {
      id: row.eventId,
      name: row.eventName,
      startDate: row.startDate,
      endDate: row.endDate,
    },
    location: row.locationName === null ? null : { name: row.locationName, address: row.address },
    timeZone: row.locationZone ?? row.orgZone,
  };
}

/** Every call time of an event, oldest first, each with its time sheet. */
export async function getEventTimesheet(
  context: OrgContext,
  eventId: string,
): Promise<TimesheetReport> {
  return withTenant(context, async (tx) => {
    await assertAccessAs(tx, context, eventId, "read", "staffing.reports.eventNotFound");
    const heading = await loadReportHeading(tx, context.orgId, eventId);
    const sources = await loadTimesheetSources(tx, context.orgId, {
      callTimes: eq(callTimes.eventId, eventId),
    });
    const sheets = sources.map(buildTimesheet);
    return {
      ...heading,
      callTimes: sheets,
      totals: sumTimesheetTotals(sheets.map((sheet) => sheet.totals)),
    };
  });
}

/** One call time's time sheet (the same as `getTimesheet`) with its event's heading. */
export async function getCallTimeTimesheetReport(
  context: OrgContext,
  callTimeId: string,
): Promise<TimesheetReport> {
  return withTenant(context, async (tx) => {
    const sheet = buildTimesheet(await loadTimesheetSource(tx, context, callTimeId));
    const heading = await loadReportHeading(tx, context.orgId, sheet.callTime.eventId);
    return { ...heading, callTimes: [sheet], totals: sheet.totals };
  });
}
