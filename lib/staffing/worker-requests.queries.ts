import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
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
import { appUrl } from "@/lib/config/env";
import { computeShift } from "./hours";
import { resolvePayRules } from "./pay-rules";
import { clockState } from "./worker-clock";
import type { TWorkHistoryItem, TWorkHours, TWorkRequest } from "./worker-requests.schemas";
import { instantToZonedWallTime } from "./zoned-time";

/**
 * The one loader of a worker's requests as `TWorkRequest`, for the link page, /work and the
 * API. Callers give the filter (always naming the worker) and run it in a transaction that
 * sees the request's org.
 */

/** States a worker sees: a queued request has not been sent to them yet. */
export const VISIBLE_STATES = [
  "sent",
  "available",
  "declined",
  "confirmed",
  "canceled",
  "no_call_no_show",
] as const;

/** States in which a worker's yes/no is taken (the request state machine agrees). */
const ANSWERABLE_STATES: readonly string[] = ["sent", "available", "declined"];

const columns = {
  id: laborRequests.id,
  orgId: laborRequests.orgId,
  state: laborRequests.state,
  token: laborRequests.token,
  answeredAt: laborRequests.answeredAt,
  requirementRules: laborRequirements.payRules,
  laborTypeId: laborTypes.id,
  laborTypeName: laborTypes.name,
  callTimeId: callTimes.id,
  callTimeName: callTimes.name,
  startsAt: callTimes.startsAt,
  message: callTimes.message,
  callTimeRules: callTimes.payRules,
  eventId: events.id,
  eventName: events.name,
  eventStatus: events.status,
  eventRules: events.payRules,
  locationName: locations.name,
  address: locations.address,
  latitude: locations.latitude,
  longitude: locations.longitude,
  locationZone: locations.timeZone,
  locationRules: locations.payRules,
  orgName: organizations.name,
  orgZone: organizations.timeZone,
  orgRules: staffingSettings.payRules,
  workerId: workers.id,
  workerName: workers.name,
  entryId: timeEntries.id,
  signedInAt: timeEntries.signedInAt,
  signedOutAt: timeEntries.signedOutAt,
};

export interface WorkRequestQuery {
  where: SQL | undefined;
  order?: "call-asc" | "call-desc";
  limit?: number;
  offset?: number;
}

/** The rows behind `TWorkRequest`, one query (explicit columns, no N+1). */
export async function selectWorkRequestRows(tx: Executor, query: WorkRequestQuery) {
  const order =
    query.order === "call-desc"
      ? [desc(callTimes.startsAt), asc(laborTypes.name), asc(laborRequests.id)]
      : [asc(callTimes.startsAt), asc(laborTypes.name), asc(laborRequests.id)];
  let statement = tx
    .select(columns)
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .innerJoin(organizations, eq(organizations.id, laborRequests.orgId))
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(locations, eq(locations.id, events.locationId))
    .leftJoin(staffingSettings, eq(staffingSettings.orgId, laborRequests.orgId))
    .leftJoin(timeEntries, eq(timeEntries.requestId, laborRequests.id))
    .where(and(inArray(laborRequests.state, [...VISIBLE_STATES]), query.where))
    .orderBy(...order)
    .$dynamic();
  if (query.limit !== undefined) statement = statement.limit(query.limit);
  if (query.offset) statement = statement.offset(query.offset);
  return statement;
}

export type WorkRequestRow = Awaited<ReturnType<typeof selectWorkRequestRows>>[number];

/** One request of one worker (and, for a link page, of one event). */
export function ownRequestFilter(requestId: string, workerId: string, eventId?: string): SQL {
  return and(
    eq(laborRequests.id, requestId),
    eq(laborRequests.workerId, workerId),
    eventId ? eq(callTimes.eventId, eventId) : undefined,
  )!;
}

/** How many rows a filter matches, for pagination. */
export async function countWorkRequests(tx: Executor, where: SQL | undefined): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(timeEntries, eq(timeEntries.requestId, laborRequests.id))
    .where(and(inArray(laborRequests.state, [...VISIBLE_STATES]), where));
  return row?.count ?? 0;
}

export function timeZoneOf(row: Pick<WorkRequestRow, "locationZone" | "orgZone">): string {
  return row.locationZone ?? row.orgZone ?? "UTC";
}

/** The public page of a request, by its long token (the QR code and calendar use it too). */
export function requestPageUrl(token: string): string {
  return `${appUrl()}/r/${token}`;
}

export function toWorkRequest(row: WorkRequestRow, now: Date): TWorkRequest {
  const timeZone = timeZoneOf(row);
  const wall = instantToZonedWallTime(row.startsAt, timeZone);
  const entry = row.entryId ? { signedInAt: row.signedInAt, signedOutAt: row.signedOutAt } : null;
  const clock = clockState(row.state, row.startsAt, entry, now);
  const page = requestPageUrl(row.token);
  const confirmed = row.state === "confirmed";
  return {
    id: row.id,
    state: row.state,
    answerable: ANSWERABLE_STATES.includes(row.state) && row.startsAt.getTime() > now.getTime(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    org: { id: row.orgId, name: row.orgName },
    event: { id: row.eventId, name: row.eventName, status: row.eventStatus },
    callTime: {
      id: row.callTimeId,
      name: row.callTimeName,
      startsAt: row.startsAt.toISOString(),
      timeZone,
      date: wall.date,
      time: wall.time,
      message: row.message,
    },
    location: row.locationName
      ? {
          name: row.locationName,
          address: row.address,
          latitude: row.latitude,
          longitude: row.longitude,
        }
      : null,
    laborType: { id: row.laborTypeId, name: row.laborTypeName },
    worker: { id: row.workerId, name: row.workerName },
    timeEntry: entry
      ? {
          signedInAt: entry.signedInAt?.toISOString() ?? null,
          signedOutAt: entry.signedOutAt?.toISOString() ?? null,
        }
      : null,
    clock: {
      window: clock.window,
      canClockIn: clock.canClockIn,
      canClockOut: clock.canClockOut,
      opensAt: clock.opensAt.toISOString(),
      closesAt: clock.closesAt.toISOString(),
    },
    links: {
      page,
      calendar: confirmed ? `${page}/calendar.ics` : null,
      qrCode: confirmed ? `${page}/qr.svg` : null,
    },
  };
}

/** The pay rules of a request's shift, org → location → event → call time → requirement. */
export function payRulesOf(row: WorkRequestRow) {
  return resolvePayRules([
    row.orgRules,
    row.locationRules,
    row.eventRules,
    row.callTimeRules,
    row.requirementRules,
  ]);
}

/**
 * History items: the request plus its hours from `computeShift` (the time sheet's own
 * computation), for confirmed shifts; breaks come in one more query.
 */
export async function toWorkHistory(
  tx: Executor,
  rows: WorkRequestRow[],
  now: Date,
): Promise<TWorkHistoryItem[]> {
  const entryIds = rows.flatMap((row) => (row.entryId ? [row.entryId] : []));
  const breaks = entryIds.length
    ? await tx
        .select({
          timeEntryId: mealBreaks.timeEntryId,
          startsAt: mealBreaks.startsAt,
          durationMinutes: mealBreaks.durationMinutes,
          paid: mealBreaks.paid,
        })
        .from(mealBreaks)
        .where(inArray(mealBreaks.timeEntryId, entryIds))
    : [];
  return rows.map((row) => ({
    ...toWorkRequest(row, now),
    hours:
      row.state === "confirmed"
        ? hoursOf(
            row,
            breaks.filter((item) => item.timeEntryId === row.entryId),
          )
        : null,
  }));
}

function hoursOf(
  row: WorkRequestRow,
  breaks: { startsAt: Date; durationMinutes: number; paid: boolean }[],
): TWorkHours {
  const shift = computeShift({
    scheduledStart: row.startsAt,
    signedInAt: row.signedInAt,
    signedOutAt: row.signedOutAt,
    breaks,
    rules: payRulesOf(row),
    timeZone: timeZoneOf(row),
  });
  if (shift.status === "in_progress") {
    return {
      status: "in_progress",
      start: shift.start.toISOString(),
      end: null,
      totalMinutes: null,
      breakMinutes: null,
      paidMinutes: null,
      regularMinutes: null,
      mealPenaltyMinutes: null,
      overtimeMinutes: null,
    };
  }
  return {
    status: "completed",
    start: shift.start.toISOString(),
    end: shift.end.toISOString(),
    totalMinutes: shift.totalMinutes,
    breakMinutes: shift.breakMinutes,
    paidMinutes: shift.paidMinutes,
    regularMinutes: shift.regularMinutes,
    mealPenaltyMinutes: shift.mealPenaltyMinutes,
    overtimeMinutes: shift.overtimeMinutes,
  };
}
