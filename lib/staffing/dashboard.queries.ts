import { and, asc, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations } from "@/db/schema";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  locations,
  timeEntries,
  workers,
} from "@/db/schema/staffing";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { visibleEventsFilter } from "./event-access";
import { computeShift, minutesToHours } from "./hours";
import type { TStaffingDashboard } from "./reports.schemas";
import { loadTimesheetSources } from "./timesheet-sources.queries";
import { buildTimesheet } from "./timesheet";
import { instantToZonedWallTime, zonedWallTimeToInstant } from "./zoned-time";

/**
 * The staffing dashboard in seven statements whatever the number of events: upcoming events
 * with their fill, today's call times with who is in or out, unanswered requests, and the
 * week's hours and cost from the time sheets (`buildTimesheet`, so `computeShift`). A steward
 * sees the events assigned to them only (`visibleEventsFilter`).
 */

export const UPCOMING_DAYS = 14;
const DAY_MS = 86_400_000;

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday to Sunday around `now` on the zone's calendar. */
export function weekOf(now: Date, timeZone: string) {
  const today = instantToZonedWallTime(now, timeZone).date;
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const from = shiftDate(today, -weekday);
  const to = shiftDate(from, 6);
  return {
    today,
    from,
    to,
    start: zonedWallTimeToInstant(from, "00:00", timeZone),
    end: zonedWallTimeToInstant(shiftDate(to, 1), "00:00", timeZone),
  };
}

const fillOf = (needed: number, confirmed: number) => ({
  needed,
  confirmed,
  unfilled: Math.max(needed - confirmed, 0),
  fillRate: needed > 0 ? Math.round((confirmed / needed) * 1000) / 1000 : null,
});

export async function getStaffingDashboard(
  context: OrgContext,
  now: Date = new Date(),
): Promise<TStaffingDashboard> {
  assertCan(context, "staffing.read");
  return withTenant(context, async (tx) => {
    const [org] = await tx
      .select({ timeZone: organizations.timeZone, currency: organizations.currency })
      .from(organizations)
      .where(eq(organizations.id, context.orgId));
    const timeZone = org?.timeZone ?? "UTC";
    const week = weekOf(now, timeZone);
    // One transaction, so one statement at a time.
    const upcomingEvents = await upcoming(tx, context, now, week.today);
    const todayCallTimes = await today(tx, context, now);
    const pendingAnswers = await unanswered(tx, context, now);
    const weekTotals = await weekHours(tx, context, week);
    return {
      now: now.toISOString(),
      timeZone,
      upcomingEvents,
      todayCallTimes,
      pendingAnswers,
      week: {
        from: week.from,
        to: week.to,
        ...weekTotals,
        currency: org?.currency ?? "USD",
      },
    };
  });
}

interface UpcomingRow extends Record<string, unknown> {
  id: string;
  name: string;
  status: TStaffingDashboard["upcomingEvents"][number]["status"];
  start_date: string;
  end_date: string;
  location: string | null;
  call_times: number;
  next_call_time_at: string | null;
  needed: number;
  confirmed: number;
}

/**
 * Draft and active events with a call time in the next 14 days, or starting within them
 * (on the org's calendar) without one yet; fill over those call times' requirements.
 */
async function upcoming(tx: Executor, context: OrgContext, now: Date, today: string) {
  const until = new Date(now.getTime() + UPCOMING_DAYS * DAY_MS);
  const rows = await tx.execute<UpcomingRow>(sql`
    select ${events.id} as id, ${events.name} as name, ${events.status} as status,
           ${events.startDate}::text as start_date, ${events.endDate}::text as end_date,
           l.name as location,
           count(distinct ct.id)::int as call_times,
           min(ct.starts_at) as next_call_time_at,
           coalesce(sum(lr.needed), 0)::int as needed,
           coalesce(sum(lr.confirmed_count), 0)::int as confirmed
    from ${events}
    left join ${locations} l on l.id = ${events.locationId}
    left join ${callTimes} ct on ct.event_id = ${events.id}
      and ct.starts_at >= ${now.toISOString()}::timestamptz
      and ct.starts_at < ${until.toISOString()}::timestamptz
    left join ${laborRequirements} lr on lr.call_time_id = ct.id
    where ${visibleEventsFilter(context)}
      and ${events.status} in ('draft', 'active')
      and (ct.id is not null
           or ${events.startDate} between ${today}::date and ${shiftDate(today, UPCOMING_DAYS)}::date)
    group by ${events.id}, l.name
    order by coalesce(min(ct.starts_at), ${events.startDate}::timestamptz), ${events.name}, ${events.id}
    limit 50
  `);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    location: row.location,
    nextCallTimeAt: row.next_call_time_at ? new Date(row.next_call_time_at).toISOString() : null,
    callTimes: row.call_times,
    ...fillOf(row.needed, row.confirmed),
  }));
}

interface TodayRow extends Record<string, unknown> {
  id: string;
  name: string;
  starts_at: string;
  time_zone: string;
  event_id: string;
  event_name: string;
  needed: number;
  confirmed: number;
}

/** Call times on today's date in their location's zone (else the org's), with who is in. */
async function today(tx: Executor, context: OrgContext, now: Date) {
  // Any zone's "today" lies within a day and a half of now: the bounds keep the index in use.
  const nowIso = now.toISOString();
  const callTimeRows = await tx.execute<TodayRow>(sql`
    select ct.id, ct.name, ct.starts_at, z.time_zone,
           ${events.id} as event_id, ${events.name} as event_name,
           coalesce(f.needed, 0)::int as needed, coalesce(f.confirmed, 0)::int as confirmed
    from ${callTimes} ct
    join ${events} on ${events.id} = ct.event_id
    join ${organizations} o on o.id = ct.org_id
    left join ${locations} l on l.id = ${events.locationId}
    cross join lateral (select coalesce(l.time_zone, o.time_zone) as time_zone) z
    left join lateral (
      select sum(lr.needed) as needed, sum(lr.confirmed_count) as confirmed
      from ${laborRequirements} lr where lr.call_time_id = ct.id
    ) f on true
    where ct.org_id = ${context.orgId}
      and ${visibleEventsFilter(context)}
      and ${events.status} <> 'canceled'
      and ct.starts_at between ${nowIso}::timestamptz - interval '36 hours'
                           and ${nowIso}::timestamptz + interval '36 hours'
      and (ct.starts_at at time zone z.time_zone)::date
          = (${nowIso}::timestamptz at time zone z.time_zone)::date
    order by ct.starts_at, ct.name, ct.id
  `);
  if (callTimeRows.length === 0) return [];

  const people = await tx
    .select({
      callTimeId: laborRequirements.callTimeId,
      requestId: laborRequests.id,
      name: workers.name,
      laborType: laborTypes.name,
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
        eq(laborRequests.state, "confirmed"),
        inArray(
          laborRequirements.callTimeId,
          callTimeRows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(asc(workers.name), asc(laborRequests.id));

  return callTimeRows.map((row) => {
    const list = people
      .filter((person) => person.callTimeId === row.id)
      .map((person) => ({
        requestId: person.requestId,
        name: person.name,
        laborType: person.laborType,
        status: person.signedOutAt
          ? ("out" as const)
          : person.signedInAt
            ? ("in" as const)
            : ("not_yet" as const),
        signedInAt: person.signedInAt?.toISOString() ?? null,
        signedOutAt: person.signedOutAt?.toISOString() ?? null,
      }));
    return {
      id: row.id,
      name: row.name,
      startsAt: new Date(row.starts_at).toISOString(),
      timeZone: row.time_zone,
      event: { id: row.event_id, name: row.event_name },
      ...fillOf(row.needed, row.confirmed),
      signedIn: list.filter((person) => person.status === "in").length,
      signedOut: list.filter((person) => person.status === "out").length,
      notYet: list.filter((person) => person.status === "not_yet").length,
      workers: list,
    };
  });
}

/** Requests sent and not answered for call times still ahead, on live events. */
async function unanswered(tx: Executor, context: OrgContext, now: Date): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .where(
      and(
        eq(laborRequests.orgId, context.orgId),
        eq(laborRequests.state, "sent"),
        gte(callTimes.startsAt, now),
        inArray(events.status, ["draft", "active"]),
        visibleEventsFilter(context),
      ),
    );
  return row?.count ?? 0;
}

/**
 * The week's time sheets: completed shifts' paid time and cost as the time sheets give them,
 * and an estimate adding every other confirmed shift at its minimum paid time (the same
 * function, signed out at its start, which the minimum-hours rule raises).
 */
async function weekHours(tx: Executor, context: OrgContext, week: { start: Date; end: Date }) {
  const sources = await loadTimesheetSources(tx, context.orgId, {
    callTimes: and(
      visibleEventsFilter(context),
      ne(events.status, "canceled"),
      gte(callTimes.startsAt, week.start),
      lt(callTimes.startsAt, week.end),
    )!,
  });
  const totals = {
    completedShifts: 0,
    paidMinutes: 0,
    costMinor: 0,
    inProgressShifts: 0,
    scheduledShifts: 0,
    estimatedMinutes: 0,
    estimatedCostMinor: 0,
  };
  for (const source of sources) {
    const sheet = buildTimesheet(source);
    for (const row of sheet.rows) {
      if (!row.hours) continue; // a no-show worked no time
      if (row.hours.status === "completed") {
        totals.completedShifts += 1;
        totals.paidMinutes += row.hours.paidMinutes!;
        totals.costMinor += row.hours.costMinor ?? 0;
        totals.estimatedMinutes += row.hours.paidMinutes!;
        totals.estimatedCostMinor += row.hours.costMinor ?? 0;
        continue;
      }
      if (row.timeEntry?.signedInAt) totals.inProgressShifts += 1;
      else totals.scheduledShifts += 1;
      const start = new Date(row.hours.start);
      const minimum = computeShift({
        scheduledStart: source.callTime.startsAt,
        signedInAt: start,
        signedOutAt: start,
        rules: row.payRules,
        payRateMinor: row.payRateMinor,
        timeZone: sheet.callTime.timeZone,
      });
      if (minimum.status !== "completed") continue;
      totals.estimatedMinutes += minimum.paidMinutes;
      totals.estimatedCostMinor += minimum.costMinor ?? 0;
    }
  }
  return {
    ...totals,
    hours: minutesToHours(totals.paidMinutes),
    estimatedHours: minutesToHours(totals.estimatedMinutes),
  };
}
