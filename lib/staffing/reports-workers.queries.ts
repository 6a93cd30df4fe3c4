import { and, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
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
import type { PageMeta } from "@/lib/api/respond";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { seesAllEvents } from "./event-access";
import { minutesToHours } from "./hours";
import type {
  TWorkerHistoryItem,
  TWorkerHistoryQuery,
  TWorkerReliability,
  TWorkerReportQuery,
} from "./reports.schemas";
import { loadTimesheetSources } from "./timesheet-sources.queries";
import { buildTimesheet } from "./timesheet";

/**
 * Worker history and reliability.
 *
 * - Outcomes are counted from the worker's requests: a *show* is a confirmed request whose
 *   call time has started (a no-show is no longer confirmed); upcoming ones are confirmed
 *   and still ahead.
 * - No-call-no-shows and late cancellations are the worker's counters, kept by the request
 *   transitions (a late cancellation is a confirmed worker canceled less than 24 h before the
 *   call), the same figures the fill list shows.
 * - reliability = shows / (shows + no-call-no-shows + late cancellations), rounded to three
 *   decimals; null while all three are zero. One no-show among nine shows is 0.9.
 * - Hours are the paid time of completed shifts from `buildTimesheet` (so `computeShift`).
 *
 * These are the org's records of people: managers and above see them; a steward is refused
 * (403) like for the SMS usage.
 */

function assertManager(context: OrgContext): void {
  if (!seesAllEvents(context)) throw new ForbiddenError("tenancy.permissionDenied");
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

interface StatsRow extends Record<string, unknown> {
  total: number;
  id: string | null;
  name: string;
  active: boolean;
  requested: number;
  pending: number;
  confirmed: number;
  upcoming: number;
  shows: number;
  declined: number;
  canceled: number;
  late_cancellations: number;
  no_call_no_shows: number;
  last_worked_at: string | null;
  reliability: string | null;
}

const reliabilityOrder = sql`m.reliability desc nulls last, m.shows desc, m.name, m.id`;
const nameOrder = sql`m.name, m.id`;

/**
 * The matched workers with their counts, in one statement; with `page`, sorted and cut
 * there (the count row keeps the total known past the last page).
 */
async function workerStats(
  tx: Executor,
  context: OrgContext,
  now: Date,
  filter: { q?: string; ids?: readonly string[] },
  page?: { sort: "name" | "reliability"; limit: number; offset: number },
): Promise<StatsRow[]> {
  const search = filter.q ? `%${escapeLike(filter.q)}%` : null;
  const ids = filter.ids ? sql`and w.id in ${filter.ids}` : sql``;
  const requestIds = filter.ids ? sql`and r.worker_id in ${filter.ids}` : sql``;
  const nowIso = now.toISOString();
  const order = page?.sort === "reliability" ? reliabilityOrder : nameOrder;
  return tx.execute<StatsRow>(sql`
    with stats as (
      select r.worker_id,
             count(*)::int as requested,
             (count(*) filter (where r.state in ('queued', 'sent', 'available')))::int as pending,
             (count(*) filter (where r.state = 'confirmed'))::int as confirmed,
             (count(*) filter (where r.state = 'confirmed' and ct.starts_at > ${nowIso}::timestamptz))::int as upcoming,
             (count(*) filter (where r.state = 'confirmed' and ct.starts_at <= ${nowIso}::timestamptz))::int as shows,
             (count(*) filter (where r.state = 'declined'))::int as declined,
             (count(*) filter (where r.state = 'canceled'))::int as canceled,
             max(ct.starts_at) filter (where r.state = 'confirmed' and ct.starts_at <= ${nowIso}::timestamptz) as last_worked_at
      from ${laborRequests} r
      join ${laborRequirements} lr on lr.id = r.requirement_id
      join ${callTimes} ct on ct.id = lr.call_time_id
      where r.org_id = ${context.orgId}
        ${requestIds}
      group by r.worker_id
    ),
    matched as (
      select w.id, w.name, w.active,
             coalesce(s.requested, 0) as requested, coalesce(s.pending, 0) as pending,
             coalesce(s.confirmed, 0) as confirmed, coalesce(s.upcoming, 0) as upcoming,
             coalesce(s.shows, 0) as shows, coalesce(s.declined, 0) as declined,
             coalesce(s.canceled, 0) as canceled,
             w.late_cancellation_count as late_cancellations,
             w.no_call_no_show_count as no_call_no_shows,
             s.last_worked_at,
             round(coalesce(s.shows, 0)::numeric / nullif(
               coalesce(s.shows, 0) + w.no_call_no_show_count + w.late_cancellation_count, 0), 3)
               as reliability
      from ${workers} w
      left join stats s on s.worker_id = w.id
      where w.org_id = ${context.orgId}
        and (${search}::text is null or w.name ilike ${search})
        ${ids}
    ),
    page as (
      select * from matched m
      order by ${order}
      ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}
    )
    select t.total, m.*
    from (select count(*)::int as total from matched) t
    left join page m on true
    order by ${order}
  `);
}

/** Paid minutes of completed shifts per worker, from the time sheets. */
async function paidMinutesByWorker(tx: Executor, orgId: string, workerFilter: SQL) {
  const sources = await loadTimesheetSources(tx, orgId, {
    callTimes: eq(events.orgId, orgId),
    requests: and(workerFilter, isNotNull(timeEntries.signedOutAt)),
  });
  const minutes = new Map<string, number>();
  for (const sheet of sources.map(buildTimesheet)) {
    for (const row of sheet.rows) {
      if (row.hours?.status !== "completed") continue;
      minutes.set(row.worker.id, (minutes.get(row.worker.id) ?? 0) + row.hours.paidMinutes!);
    }
  }
  return minutes;
}

function toReliability(row: StatsRow, paidMinutes: number): TWorkerReliability {
  return {
    worker: { id: row.id!, name: row.name, active: row.active },
    requested: row.requested,
    pending: row.pending,
    confirmed: row.confirmed,
    upcoming: row.upcoming,
    shows: row.shows,
    declined: row.declined,
    canceled: row.canceled,
    lateCancellations: row.late_cancellations,
    noCallNoShows: row.no_call_no_shows,
    paidMinutes,
    hoursWorked: minutesToHours(paidMinutes),
    lastWorkedAt: row.last_worked_at ? new Date(row.last_worked_at).toISOString() : null,
    reliability: row.reliability === null ? null : Number(row.reliability),
  };
}

/**
 * The org's workers with their record. Sorting by name or reliability pages in SQL; sorting
 * by hours needs every matched worker's hours first (they come from the time sheets, not
 * SQL), so that sort reads the matched workers' completed shifts and pages in memory.
 */
export async function listWorkerReliability(
  context: OrgContext,
  query: TWorkerReportQuery,
  now: Date = new Date(),
): Promise<{ items: TWorkerReliability[]; meta: PageMeta }> {
  assertManager(context);
  const offset = (query.page - 1) * query.pageSize;
  return withTenant(context, async (tx) => {
    if (query.sort !== "hours") {
      const rows = await workerStats(tx, context, now, query, {
        sort: query.sort,
        limit: query.pageSize,
        offset,
      });
      const pageRows = rows.filter((row) => row.id !== null);
      const minutes = pageRows.length
        ? await paidMinutesByWorker(
            tx,
            context.orgId,
            inArray(
              laborRequests.workerId,
              pageRows.map((row) => row.id!),
            ),
          )
        : new Map<string, number>();
      return {
        items: pageRows.map((row) => toReliability(row, minutes.get(row.id!) ?? 0)),
        meta: { page: query.page, pageSize: query.pageSize, total: rows[0]?.total ?? 0 },
      };
    }

    const search = query.q ? `%${escapeLike(query.q)}%` : null;
    const matched = await tx
      .select({ id: workers.id, name: workers.name })
      .from(workers)
      .where(
        and(
          eq(workers.orgId, context.orgId),
          search ? sql`${workers.name} ilike ${search}` : undefined,
        ),
      );
    const minutes = await paidMinutesByWorker(
      tx,
      context.orgId,
      search
        ? sql`${laborRequests.workerId} in (select id from ${workers} where ${workers.orgId} = ${context.orgId} and ${workers.name} ilike ${search})`
        : eq(laborRequests.orgId, context.orgId),
    );
    const ordered = matched
      .map((worker) => ({ ...worker, minutes: minutes.get(worker.id) ?? 0 }))
      .sort(
        (a, b) =>
          b.minutes - a.minutes ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1),
      );
    const pageIds = ordered.slice(offset, offset + query.pageSize).map((worker) => worker.id);
    const rows = pageIds.length
      ? await workerStats(tx, context, now, { ids: pageIds })
      : ([] as StatsRow[]);
    const byId = new Map(rows.filter((row) => row.id).map((row) => [row.id!, row]));
    return {
      items: pageIds.map((id) => toReliability(byId.get(id)!, minutes.get(id) ?? 0)),
      meta: { page: query.page, pageSize: query.pageSize, total: matched.length },
    };
  });
}

/** One worker's record (404 outside the org). */
export async function getWorkerReliability(
  context: OrgContext,
  workerId: string,
  now: Date = new Date(),
): Promise<TWorkerReliability> {
  assertManager(context);
  return withTenant(context, async (tx) => {
    const [row] = (await workerStats(tx, context, now, { ids: [workerId] })).filter(
      (item) => item.id !== null,
    );
    if (!row) throw new NotFoundError("staffing.reports.workerNotFound");
    const minutes = await paidMinutesByWorker(
      tx,
      context.orgId,
      eq(laborRequests.workerId, workerId),
    );
    return toReliability(row, minutes.get(workerId) ?? 0);
  });
}

/** The worker's requests, latest call time first, with the time sheet's hours when confirmed. */
export async function listWorkerHistory(
  context: OrgContext,
  workerId: string,
  query: TWorkerHistoryQuery,
): Promise<{ items: TWorkerHistoryItem[]; meta: PageMeta }> {
  assertManager(context);
  return withTenant(context, async (tx) => {
    const [worker] = await tx
      .select({ id: workers.id })
      .from(workers)
      .where(and(eq(workers.orgId, context.orgId), eq(workers.id, workerId)));
    if (!worker) throw new NotFoundError("staffing.reports.workerNotFound");

    const inWorker = and(
      eq(laborRequests.orgId, context.orgId),
      eq(laborRequests.workerId, workerId),
    );
    const [counted] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(laborRequests)
      .where(inWorker);
    const rows = await tx
      .select({
        requestId: laborRequests.id,
        state: laborRequests.state,
        reserved: laborRequests.reserved,
        sentAt: laborRequests.sentAt,
        answeredAt: laborRequests.answeredAt,
        eventId: events.id,
        eventName: events.name,
        eventStatus: events.status,
        callTimeId: callTimes.id,
        callTimeName: callTimes.name,
        startsAt: callTimes.startsAt,
        laborTypeId: laborTypes.id,
        laborTypeName: laborTypes.name,
        locationZone: locations.timeZone,
        orgZone: organizations.timeZone,
      })
      .from(laborRequests)
      .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
      .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
      .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
      .innerJoin(events, eq(events.id, callTimes.eventId))
      .innerJoin(organizations, eq(organizations.id, events.orgId))
      .leftJoin(locations, eq(locations.id, events.locationId))
      .where(inWorker)
      .orderBy(desc(callTimes.startsAt), desc(laborRequests.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);

    const sheets = rows.length
      ? (
          await loadTimesheetSources(tx, context.orgId, {
            callTimes: eq(events.orgId, context.orgId),
            requests: inArray(
              laborRequests.id,
              rows.map((row) => row.requestId),
            ),
          })
        ).map(buildTimesheet)
      : [];
    const hoursByRequest = new Map(
      sheets.flatMap((sheet) => sheet.rows.map((row) => [row.requestId, row.hours] as const)),
    );

    return {
      items: rows.map((row) => ({
        requestId: row.requestId,
        state: row.state,
        reserved: row.reserved,
        event: { id: row.eventId, name: row.eventName, status: row.eventStatus },
        callTime: {
          id: row.callTimeId,
          name: row.callTimeName,
          startsAt: row.startsAt.toISOString(),
          timeZone: row.locationZone ?? row.orgZone,
        },
        laborType: { id: row.laborTypeId, name: row.laborTypeName },
        sentAt: row.sentAt?.toISOString() ?? null,
        answeredAt: row.answeredAt?.toISOString() ?? null,
        hours: row.state === "confirmed" ? (hoursByRequest.get(row.requestId) ?? null) : null,
      })),
      meta: { page: query.page, pageSize: query.pageSize, total: counted?.total ?? 0 },
    };
  });
}
