import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations } from "@/db/schema";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  locations,
  mealBreaks,
  staffingSettings,
  timeEntries,
  workers,
} from "@/db/schema/staffing";
import { NotFoundError } from "@/lib/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import type { TTimesheet, TTimesheetTotals } from "./time-entries.schemas";
import { assertAccessAs, loadTimesheetSource } from "./time-entries.queries";
import { buildTimesheet, type TimesheetSource } from "./timesheet";

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

/**
 * Which time sheets to load. `callTimes` may use the columns of `callTimes` and `events`
 * (e.g. `visibleEventsFilter`); `requests`, when given, keeps only the requests it matches
 * (it may use `laborRequests`, `workers` and `timeEntries`) and drops the call times left
 * without one.
 */
export interface TimesheetSourceFilter {
  callTimes: SQL;
  requests?: SQL;
}

/**
 * The batch twin of `loadTimesheetSource`: the sources of many call times in three queries
 * (call times, their confirmed and no-show requests, the entries' breaks), in the same shape
 * and order, so `buildTimesheet` gives the same sheet. Filters stay SQL (no id lists), so a
 * report over a whole org stays three statements. Access checks are the caller's.
 */
export async function loadTimesheetSources(
  tx: Executor,
  orgId: string,
  filter: TimesheetSourceFilter,
): Promise<TimesheetSource[]> {
  const requestsWhere = and(
    eq(laborRequests.orgId, orgId),
    inArray(laborRequests.state, ["confirmed", "no_call_no_show"]),
    filter.callTimes,
    filter.requests,
  );

  const callTimeRows = await tx
    .select({
      id: callTimes.id,
      eventId: callTimes.eventId,
      name: callTimes.name,
      startsAt: callTimes.startsAt,
      callTimeRules: callTimes.payRules,
      eventRules: events.payRules,
      locationRules: locations.payRules,
      locationZone: locations.timeZone,
      orgZone: organizations.timeZone,
      orgRules: staffingSettings.payRules,
    })
    .from(callTimes)
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .innerJoin(organizations, eq(organizations.id, callTimes.orgId))
    .leftJoin(locations, eq(locations.id, events.locationId))
    .leftJoin(staffingSettings, eq(staffingSettings.orgId, callTimes.orgId))
    .where(
      and(
        eq(callTimes.orgId, orgId),
        filter.callTimes,
        filter.requests
          ? inArray(
              callTimes.id,
              tx
                .select({ id: laborRequirements.callTimeId })
                .from(laborRequests)
                .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
                .innerJoin(workers, eq(workers.id, laborRequests.workerId))
                .leftJoin(timeEntries, eq(timeEntries.requestId, laborRequests.id))
                .where(requestsWhere),
            )
          : undefined,
      ),
    )
    .orderBy(asc(callTimes.startsAt), asc(callTimes.name), asc(callTimes.id));
  if (callTimeRows.length === 0) return [];

  const requests = await tx
    .select({
      callTimeId: laborRequirements.callTimeId,
      requestId: laborRequests.id,
      state: laborRequests.state,
      workerId: workers.id,
      workerName: workers.name,
      laborTypeId: laborTypes.id,
      laborTypeName: laborTypes.name,
      requirementId: laborRequirements.id,
      payRateMinor: laborRequirements.payRateMinor,
      requirementPayRules: laborRequirements.payRules,
      entryId: timeEntries.id,
      signedInAt: timeEntries.signedInAt,
      signedOutAt: timeEntries.signedOutAt,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(timeEntries, eq(timeEntries.requestId, laborRequests.id))
    .where(requestsWhere)
    .orderBy(asc(laborTypes.name), asc(workers.name), asc(laborRequests.id));

  const breaks = requests.some((row) => row.entryId)
    ? await tx
        .select({
          id: mealBreaks.id,
          timeEntryId: mealBreaks.timeEntryId,
          startsAt: mealBreaks.startsAt,
          durationMinutes: mealBreaks.durationMinutes,
          paid: mealBreaks.paid,
        })
        .from(mealBreaks)
        .innerJoin(timeEntries, eq(timeEntries.id, mealBreaks.timeEntryId))
        .innerJoin(laborRequests, eq(laborRequests.id, timeEntries.requestId))
        .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
        .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
        .innerJoin(events, eq(events.id, callTimes.eventId))
        .innerJoin(workers, eq(workers.id, laborRequests.workerId))
        .where(and(eq(mealBreaks.orgId, orgId), requestsWhere))
        .orderBy(asc(mealBreaks.startsAt), asc(mealBreaks.id))
    : [];
  const breaksByEntry = groupBy(breaks, (item) => item.timeEntryId);
  const requestsByCallTime = groupBy(requests, (row) => row.callTimeId);

  return callTimeRows.map((callTime) => ({
    callTime: {
      id: callTime.id,
      eventId: callTime.eventId,
      name: callTime.name,
      startsAt: callTime.startsAt,
      timeZone: callTime.locationZone ?? callTime.orgZone ?? "UTC",
      payRuleLevels: [
        callTime.orgRules,
        callTime.locationRules,
        callTime.eventRules,
        callTime.callTimeRules,
      ],
    },
    requests: (requestsByCallTime.get(callTime.id) ?? []).map((row) => ({
      requestId: row.requestId,
      state: row.state as "confirmed" | "no_call_no_show",
      workerId: row.workerId,
      workerName: row.workerName,
      laborTypeId: row.laborTypeId,
      laborTypeName: row.laborTypeName,
      requirementId: row.requirementId,
      payRateMinor: row.payRateMinor,
      requirementPayRules: row.requirementPayRules,
      entry: row.entryId
        ? { id: row.entryId, signedInAt: row.signedInAt, signedOutAt: row.signedOutAt }
        : null,
      breaks: row.entryId ? (breaksByEntry.get(row.entryId) ?? []) : [],
    })),
  }));
}

/** `Map.groupBy`, which Node 20 lacks. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
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
