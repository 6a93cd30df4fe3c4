import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { PayRuleOverrides } from "@/db/schema/staffing";
import {
  callTimeChanges,
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  locations,
  staffingSettings,
  timeEntries,
  timeEntryAudits,
  workers,
} from "@/db/schema/staffing";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { callTimeColumns, eventTimeZone, loadCallTime, toCallTimeDto } from "./call-times.queries";
import { assertEventAccess, visibleEventsFilter } from "./event-access";
import { findEvent } from "./events.queries";
import type { TCallTime, TCallTimeChange, TEvent, TRequirement } from "./events.schemas";
import { findRequests, loadRequirementForRequests } from "./requests.queries";
import type { TLaborRequest } from "./requests.schemas";
import { listRequirementsIn } from "./requirements.service";
import type { TTimeEntryAudit } from "./time-entries.schemas";

/**
 * Read models for the manager's event screens: the whole event page (event, call times,
 * requirements with counts, requests, start history) in a constant number of queries, the
 * fill rate of a page of events, and the details behind the fill list's conflict counts.
 */

export interface EventBoardRequirement extends TRequirement {
  requests: TLaborRequest[];
}

export interface EventBoardCallTime extends TCallTime {
  requirements: EventBoardRequirement[];
  changes: TCallTimeChange[];
}

export interface EventBoard {
  event: TEvent;
  timeZone: string;
  /** The levels above the event's own rules, for what a blank override inherits. */
  inheritedPayRules: { org: PayRuleOverrides; location: PayRuleOverrides };
  callTimes: EventBoardCallTime[];
}

/** Everything the event page shows, as the caller may see it (404 for others' events). */
export async function getEventBoard(context: OrgContext, eventId: string): Promise<EventBoard> {
  return withTenant(context, async (tx) => {
    await assertEventAccess(tx, context, eventId, "read");
    const [event, timeZone, [levels], callTimeRows] = await Promise.all([
      findEvent(tx, context.orgId, eventId),
      eventTimeZone(tx, context.orgId, eventId),
      tx
        .select({ org: staffingSettings.payRules, location: locations.payRules })
        .from(events)
        .leftJoin(locations, eq(locations.id, events.locationId))
        .leftJoin(staffingSettings, eq(staffingSettings.orgId, events.orgId))
        .where(and(eq(events.orgId, context.orgId), eq(events.id, eventId))),
      tx
        .select(callTimeColumns)
        .from(callTimes)
        .where(and(eq(callTimes.orgId, context.orgId), eq(callTimes.eventId, eventId)))
        .orderBy(asc(callTimes.startsAt), asc(callTimes.name), asc(callTimes.id)),
    ]);
    const callTimeIds = callTimeRows.map((row) => row.id);
    const [requirements, changeRows] = await Promise.all([
      listRequirementsIn(tx, context.orgId, callTimeIds),
      callTimeIds.length === 0
        ? []
        : tx
            .select({
              id: callTimeChanges.id,
              callTimeId: callTimeChanges.callTimeId,
              previousStartsAt: callTimeChanges.previousStartsAt,
              newStartsAt: callTimeChanges.newStartsAt,
              changedById: callTimeChanges.changedBy,
              changedByName: users.name,
              createdAt: callTimeChanges.createdAt,
            })
            .from(callTimeChanges)
            .leftJoin(users, eq(users.id, callTimeChanges.changedBy))
            .where(
              and(
                eq(callTimeChanges.orgId, context.orgId),
                inArray(callTimeChanges.callTimeId, callTimeIds),
              ),
            )
            .orderBy(desc(callTimeChanges.createdAt), desc(callTimeChanges.id)),
    ]);
    const requestIds =
      requirements.length === 0
        ? []
        : await tx
            .select({ id: laborRequests.id })
            .from(laborRequests)
            .innerJoin(workers, eq(workers.id, laborRequests.workerId))
            .where(
              and(
                eq(laborRequests.orgId, context.orgId),
                inArray(
                  laborRequests.requirementId,
                  requirements.map((requirement) => requirement.id),
                ),
              ),
            )
            .orderBy(asc(workers.name), asc(laborRequests.id));
    const requests = await findRequests(
      tx,
      context.orgId,
      requestIds.map((row) => row.id),
    );

    return {
      event,
      timeZone,
      inheritedPayRules: { org: levels?.org ?? {}, location: levels?.location ?? {} },
      callTimes: callTimeRows.map((row) => ({
        ...toCallTimeDto(row, timeZone),
        requirements: requirements
          .filter((requirement) => requirement.callTimeId === row.id)
          .map((requirement) => ({
            ...requirement,
            requests: requests.filter((request) => request.requirementId === requirement.id),
          })),
        changes: changeRows
          .filter((change) => change.callTimeId === row.id)
          .map((change) => ({
            id: change.id,
            previousStartsAt: change.previousStartsAt.toISOString(),
            newStartsAt: change.newStartsAt.toISOString(),
            changedBy:
              change.changedById && change.changedByName !== null
                ? { userId: change.changedById, name: change.changedByName }
                : null,
            createdAt: change.createdAt.toISOString(),
          })),
      })),
    };
  });
}

export interface EventFill {
  needed: number;
  confirmed: number;
  callTimes: number;
  /** The first call time, if any. */
  firstStartsAt: string | null;
}

/** Places needed and confirmed per event, over all its call times, in one grouped query. */
export async function eventFillRates(
  context: OrgContext,
  eventIds: string[],
): Promise<Map<string, EventFill>> {
  const result = new Map<string, EventFill>();
  if (eventIds.length === 0) return result;
  const rows = await withTenant(context, (tx) =>
    tx
      .select({
        eventId: callTimes.eventId,
        callTimes: sql<number>`count(distinct ${callTimes.id})::int`,
        firstStartsAt: sql<Date | null>`min(${callTimes.startsAt})`,
        needed: sql<number>`coalesce(sum(${laborRequirements.needed}), 0)::int`,
        confirmed: sql<number>`coalesce(sum(${laborRequirements.confirmedCount}), 0)::int`,
      })
      .from(callTimes)
      .innerJoin(events, eq(events.id, callTimes.eventId))
      .leftJoin(laborRequirements, eq(laborRequirements.callTimeId, callTimes.id))
      .where(and(visibleEventsFilter(context), inArray(callTimes.eventId, eventIds)))
      .groupBy(callTimes.eventId),
  );
  for (const row of rows) {
    const first = row.firstStartsAt ? new Date(row.firstStartsAt) : null;
    result.set(row.eventId, {
      needed: row.needed,
      confirmed: row.confirmed,
      callTimes: row.callTimes,
      firstStartsAt: first ? first.toISOString() : null,
    });
  }
  return result;
}

export interface FillListConflict {
  requestId: string;
  state: "confirmed" | "available";
  callTimeName: string;
  startsAt: string;
  /** Null when the conflicting event is one the caller may not see (a steward's). */
  event: { id: string; name: string } | null;
}

/**
 * What the fill list's conflict counts stand for: each worker's confirmed or available
 * requests on other call times within the org's conflict window of this requirement's call
 * time (the same rule as `listFillList`), for the workers on the page.
 */
export async function listFillListConflicts(
  context: OrgContext,
  requirementId: string,
  workerIds: string[],
): Promise<Map<string, FillListConflict[]>> {
  const result = new Map<string, FillListConflict[]>();
  if (workerIds.length === 0) return result;
  return withTenant(context, async (tx) => {
    const { requirement } = await loadRequirementForRequests(tx, context, requirementId, "read");
    const window = sql`make_interval(hours => coalesce((select ${staffingSettings.conflictWindowHours} from ${staffingSettings} where ${staffingSettings.orgId} = ${context.orgId}), 5))`;
    const startsAt = requirement.startsAt.toISOString();
    const rows = await tx
      .select({
        workerId: laborRequests.workerId,
        requestId: laborRequests.id,
        state: laborRequests.state,
        callTimeName: callTimes.name,
        startsAt: callTimes.startsAt,
        eventId: events.id,
        eventName: events.name,
        visible: sql<boolean>`${visibleEventsFilter(context)}`,
      })
      .from(laborRequests)
      .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
      .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
      .innerJoin(events, eq(events.id, callTimes.eventId))
      .where(
        and(
          eq(laborRequests.orgId, context.orgId),
          inArray(laborRequests.workerId, workerIds),
          inArray(laborRequests.state, ["confirmed", "available"]),
          sql`${callTimes.id} <> ${requirement.callTimeId}`,
          sql`${callTimes.startsAt} between ${startsAt}::timestamptz - ${window} and ${startsAt}::timestamptz + ${window}`,
        ),
      )
      .orderBy(asc(callTimes.startsAt), asc(laborRequests.id));
    for (const row of rows) {
      const list = result.get(row.workerId) ?? [];
      list.push({
        requestId: row.requestId,
        state: row.state as FillListConflict["state"],
        callTimeName: row.callTimeName,
        startsAt: row.startsAt.toISOString(),
        event: row.visible ? { id: row.eventId, name: row.eventName } : null,
      });
      result.set(row.workerId, list);
    }
    return result;
  });
}

/**
 * The edit history of every time entry of a call time in one query (the time sheet shows it
 * per worker), newest first; the same rows as `listTimeEntryAudits`.
 */
export async function listCallTimeAudits(
  context: OrgContext,
  callTimeId: string,
): Promise<Map<string, TTimeEntryAudit[]>> {
  return withTenant(context, async (tx) => {
    await loadCallTime(tx, context, callTimeId, "read");
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
      .innerJoin(timeEntries, eq(timeEntries.id, timeEntryAudits.timeEntryId))
      .innerJoin(laborRequests, eq(laborRequests.id, timeEntries.requestId))
      .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
      .leftJoin(users, eq(users.id, timeEntryAudits.actorUserId))
      .where(
        and(eq(timeEntryAudits.orgId, context.orgId), eq(laborRequirements.callTimeId, callTimeId)),
      )
      .orderBy(desc(timeEntryAudits.createdAt), asc(timeEntryAudits.field));
    const byEntry = new Map<string, TTimeEntryAudit[]>();
    for (const row of rows) {
      const list = byEntry.get(row.timeEntryId) ?? [];
      list.push({
        id: row.id,
        timeEntryId: row.timeEntryId,
        actor: row.actorId ? { id: row.actorId, name: row.actorName } : null,
        field: row.field,
        oldValue: row.oldValue,
        newValue: row.newValue,
        createdAt: row.createdAt.toISOString(),
      });
      byEntry.set(row.timeEntryId, list);
    }
    return byEntry;
  });
}
