import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, users } from "@/db/schema";
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
  timeEntryAudits,
  workers,
} from "@/db/schema/staffing";
import { NotFoundError } from "@/lib/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { assertEventAccess, type EventAccess } from "./event-access";
import type { Translate } from "@/lib/i18n/translator";
import { buildTimesheet, timesheetToCsv, type TimesheetSource } from "./timesheet";
import { instantToZonedWallTime } from "./zoned-time";
import type { TTimeEntryAudit, TTimesheet } from "./time-entries.schemas";

/** Runs an event access check, answering 404 with this module's own key. */
export async function assertAccessAs(
  tx: Executor,
  context: OrgContext,
  eventId: string,
  access: EventAccess,
  notFoundKey: string,
): Promise<void> {
  try {
    await assertEventAccess(tx, context, eventId, access);
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError(notFoundKey);
    throw error;
  }
}

/**
 * Everything the time sheet needs in two queries: the call time with its pay-rule levels and
 * zone, then every confirmed or no-show request with worker, labor type, requirement and entry.
 * Breaks come in a third query only when there are entries.
 */
export async function loadTimesheetSource(
  tx: Executor,
  context: OrgContext,
  callTimeId: string,
): Promise<TimesheetSource> {
  const [callTime] = await tx
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
    .where(and(eq(callTimes.orgId, context.orgId), eq(callTimes.id, callTimeId)));
  if (!callTime) throw new NotFoundError("staffing.timesheet.callTimeNotFound");
  await assertAccessAs(
    tx,
    context,
    callTime.eventId,
    "read",
    "staffing.timesheet.callTimeNotFound",
  );

  const requests = await tx
    .select({
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
    .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(timeEntries, eq(timeEntries.requestId, laborRequests.id))
    .where(
      and(
        eq(laborRequests.orgId, context.orgId),
        eq(laborRequirements.callTimeId, callTimeId),
        inArray(laborRequests.state, ["confirmed", "no_call_no_show"]),
      ),
    )
    .orderBy(asc(laborTypes.name), asc(workers.name), asc(laborRequests.id));

  const entryIds = requests.flatMap((row) => (row.entryId ? [row.entryId] : []));
  const breaks = entryIds.length
    ? await tx
        .select({
          id: mealBreaks.id,
          timeEntryId: mealBreaks.timeEntryId,
          startsAt: mealBreaks.startsAt,
          durationMinutes: mealBreaks.durationMinutes,
          paid: mealBreaks.paid,
        })
        .from(mealBreaks)
        .where(and(eq(mealBreaks.orgId, context.orgId), inArray(mealBreaks.timeEntryId, entryIds)))
        .orderBy(asc(mealBreaks.startsAt), asc(mealBreaks.id))
    : [];

  return {
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
    requests: requests.map((row) => ({
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
      breaks: breaks.filter((item) => item.timeEntryId === row.entryId),
    })),
  };
}

export async function getTimesheet(context: OrgContext, callTimeId: string): Promise<TTimesheet> {
  return withTenant(context, async (tx) =>
    buildTimesheet(await loadTimesheetSource(tx, context, callTimeId)),
  );
}

/** The time sheet as CSV, with a file name carrying the call time's local date. */
export async function getTimesheetCsv(
  context: OrgContext,
  callTimeId: string,
  t: Translate,
): Promise<{ filename: string; csv: string }> {
  const timesheet = await getTimesheet(context, callTimeId);
  const csv = timesheetToCsv(timesheet, {
    column: (column) => t(`staffing.timesheet.csv.${column}`),
    paid: t("staffing.timesheet.csv.paidBreak"),
    unpaid: t("staffing.timesheet.csv.unpaidBreak"),
    noShow: t("staffing.timesheet.csv.noShow"),
    totals: t("staffing.timesheet.csv.totals"),
  });
  const { date } = instantToZonedWallTime(
    new Date(timesheet.callTime.startsAt),
    timesheet.callTime.timeZone,
  );
  return { filename: `timesheet-${date}-${callTimeId.slice(0, 8)}.csv`, csv };
}

/** A time entry of the org with its event, for access checks (404 when missing). */
export async function findTimeEntry(tx: Executor, orgId: string, timeEntryId: string) {
  const [row] = await tx
    .select({
      id: timeEntries.id,
      requestId: timeEntries.requestId,
      signedInAt: timeEntries.signedInAt,
      signedOutAt: timeEntries.signedOutAt,
      eventId: callTimes.eventId,
      callTimeId: callTimes.id,
    })
    .from(timeEntries)
    .innerJoin(laborRequests, eq(laborRequests.id, timeEntries.requestId))
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .where(and(eq(timeEntries.orgId, orgId), eq(timeEntries.id, timeEntryId)));
  return row;
}

export async function listTimeEntryAudits(
  context: OrgContext,
  timeEntryId: string,
): Promise<TTimeEntryAudit[]> {
  return withTenant(context, async (tx) => {
    const entry = await findTimeEntry(tx, context.orgId, timeEntryId);
    if (!entry) throw new NotFoundError("staffing.timesheet.timeEntryNotFound");
    await assertAccessAs(
      tx,
      context,
      entry.eventId,
      "read",
      "staffing.timesheet.timeEntryNotFound",
    );
    const rows = await tx
      .select({
        id: timeEntryAudits.id,
        timeEntryId: timeEntryAudits.timeEntryId,
        actorId: users.id,
        actorName: users.name,
        field: timeEntryAudits.field,
        oldValue: timeEntryAudits.oldValue,
        newValue: timeEntryAudits.newValue,
        createdAt: timeEntryAudits.createdAt,
      })
      .from(timeEntryAudits)
      .leftJoin(users, eq(users.id, timeEntryAudits.actorUserId))
      .where(
        and(eq(timeEntryAudits.orgId, context.orgId), eq(timeEntryAudits.timeEntryId, timeEntryId)),
      )
      .orderBy(desc(timeEntryAudits.createdAt), asc(timeEntryAudits.field));
    return rows.map((row) => ({
      id: row.id,
      timeEntryId: row.timeEntryId,
      actor: row.actorId ? { id: row.actorId, name: row.actorName } : null,
      field: row.field,
      oldValue: row.oldValue,
      newValue: row.newValue,
      createdAt: row.createdAt.toISOString(),
    }));
  });
}
