import { and, asc, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import {
  callTimes,
  laborRequests,
  laborRequirements,
  timeEntries,
  timeEntryAudits,
} from "@/db/schema/staffing";
import { NotFoundError } from "@/lib/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { assertAccessAs } from "./event-access";
import { loadTimesheetSource } from "./timesheet-sources.queries";
import type { Translate } from "@/lib/i18n/translator";
import { buildTimesheet, timesheetToCsv } from "./timesheet";
import { instantToZonedWallTime } from "./zoned-time";
import type { TTimeEntryAudit, TTimesheet } from "./time-entries.schemas";

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
