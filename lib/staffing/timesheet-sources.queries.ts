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
import type { OrgContext } from "@/lib/tenancy";
import { assertAccessAs } from "./event-access";
import type { TimesheetSource } from "./timesheet";

/**
 * What `buildTimesheet` reads: call times with their pay-rule levels and zone, their
 * confirmed and no-show requests with worker, labor type, requirement and entry, and the
 * entries' breaks. One loader for the single sheet and for reports over many.
 */

/** One call time's source, after the caller's access check (404 outside their reach). */
export async function loadTimesheetSource(
  tx: Executor,
  context: OrgContext,
  callTimeId: string,
): Promise<TimesheetSource> {
  const [source] = await loadTimesheetSources(tx, context.orgId, {
    callTimes: eq(callTimes.id, callTimeId),
  });
  if (!source) throw new NotFoundError("staffing.timesheet.callTimeNotFound");
  await assertAccessAs(
    tx,
    context,
    source.callTime.eventId,
    "read",
    "staffing.timesheet.callTimeNotFound",
  );
  return source;
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
 * The sources of many call times in three queries
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
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
