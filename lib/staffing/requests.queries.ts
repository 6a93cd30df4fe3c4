import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  callTimes,
  laborRequests,
  laborRequirements,
  staffingSettings,
  workerLaborTypes,
  workerPhones,
  workers,
} from "@/db/schema/staffing";
import type { PageMeta } from "@/lib/api/respond";
import { NotFoundError } from "@/lib/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { type AccessibleEvent, assertEventAccess, type EventAccess } from "./event-access";
import type {
  TFillListQuery,
  TFillListWorker,
  TLaborRequest,
  TRequestCounts,
  TRequirementRequests,
} from "./requests.schemas";

/** The schema's default for staffing_settings.conflict_window_hours, for orgs without a row. */
const DEFAULT_CONFLICT_WINDOW_HOURS = 5;

export interface RequirementForRequests {
  id: string;
  laborTypeId: string;
  callTimeId: string;
  eventId: string;
  startsAt: Date;
  needed: number;
  firstComePositions: number;
  confirmedCount: number;
}

/**
 * A requirement of the org whose event the caller may reach; a steward's requirement on
 * someone else's event is a 404 like the event itself.
 */
export async function loadRequirementForRequests(
  tx: Executor,
  context: OrgContext,
  requirementId: string,
  access: EventAccess,
): Promise<{ requirement: RequirementForRequests; event: AccessibleEvent }> {
  const [requirement] = await tx
    .select({
      id: laborRequirements.id,
      laborTypeId: laborRequirements.laborTypeId,
      callTimeId: laborRequirements.callTimeId,
      eventId: callTimes.eventId,
      startsAt: callTimes.startsAt,
      needed: laborRequirements.needed,
      firstComePositions: laborRequirements.firstComePositions,
      confirmedCount: laborRequirements.confirmedCount,
    })
    .from(laborRequirements)
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .where(
      and(eq(laborRequirements.orgId, context.orgId), eq(laborRequirements.id, requirementId)),
    );
  if (!requirement) throw new NotFoundError("staffing.requests.requirementNotFound");
  try {
    const event = await assertEventAccess(tx, context, requirement.eventId, access);
    return { requirement, event };
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError("staffing.requests.requirementNotFound");
    }
    throw error;
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

const fillListOrder = (w: SQL) =>
  ({
    name: sql`${w}.name, ${w}.id`,
    reliability: sql`${w}.no_call_no_show_count + ${w}.late_cancellation_count, ${w}.name, ${w}.id`,
    conflicts: sql`${w}.conflicts, ${w}.name, ${w}.id`,
  }) as const;

interface FillListRow extends Record<string, unknown> {
  id: string | null;
  name: string;
  phone: string | null;
  sms_consent: string;
  no_call_no_show_count: number;
  late_cancellation_count: number;
  conflicts: number;
  request_id: string | null;
  request_state: TFillListWorker["request"] extends infer R
    ? R extends { state: infer S }
      ? S
      : never
    : never;
  request_reserved: boolean | null;
  total: number;
}

/**
 * The org's active workers who do the requirement's labor type, in one statement. Conflicts
 * are counted once for the whole window: a per-worker lateral count made the planner
 * re-scan the requirements for each of 5,000 workers (see `npm run bench:fill-list`). The count row keeps the total known even for a page past the
 * end.
 */
export async function listFillList(
  context: OrgContext,
  requirementId: string,
  query: TFillListQuery,
): Promise<{ items: TFillListWorker[]; meta: PageMeta }> {
  return withTenant(context, async (tx) => {
    const { requirement } = await loadRequirementForRequests(tx, context, requirementId, "read");
    const startsAt = requirement.startsAt.toISOString();
    const search = query.q ? `%${escapeLike(query.q)}%` : null;
    const digits = query.q?.replace(/\D/g, "") ?? "";
    const phoneSearch = digits.length >= 3 ? `%${digits}%` : null;
    const rows = await tx.execute<FillListRow>(sql`
      with settings as (
        select make_interval(hours => coalesce(
          (select conflict_window_hours from ${staffingSettings} where org_id = ${context.orgId}),
          ${DEFAULT_CONFLICT_WINDOW_HOURS})) as window
      ),
      -- Call times within ± the window, then their confirmed/available requests, counted
      -- per worker in one pass: a per-worker lookup would run 5,000 times.
      window_requirements as (
        select array(
          select lr.id
          from ${laborRequirements} lr
          join ${callTimes} ct on ct.id = lr.call_time_id
          cross join settings s
          where lr.org_id = ${context.orgId}
            and ct.org_id = ${context.orgId}
            and ct.id <> ${requirement.callTimeId}
            and ct.starts_at between ${startsAt}::timestamptz - s.window
                                 and ${startsAt}::timestamptz + s.window
        ) as ids
      ),
      -- One row holding {worker id: count}, materialized so it is computed once; a join to a
      -- grouped subquery turned into a nested loop over it whenever a search made the
      -- planner expect few workers (seconds for "Worker 01" over 5,000 workers).
      conflicts as materialized (
        select coalesce(jsonb_object_agg(worker_id, n), '{}') as by_worker
        from (
          select r.worker_id, count(*)::int as n
          from ${laborRequests} r, window_requirements wr
          where r.requirement_id = any(wr.ids) and r.state in ('confirmed', 'available')
          group by r.worker_id
        ) per_worker
      ),
      matched as (
        select w.id, w.name, w.sms_consent, w.no_call_no_show_count, w.late_cancellation_count,
               coalesce((c.by_worker ->> w.id::text)::int, 0) as conflicts
        from ${workers} w
        cross join conflicts c
        where w.org_id = ${context.orgId}
          and w.active
          and exists (
            select 1 from ${workerLaborTypes} wlt
            where wlt.worker_id = w.id and wlt.labor_type_id = ${requirement.laborTypeId}
          )
          and (${search}::text is null
               or w.name ilike ${search}
               or (${phoneSearch}::text is not null and exists (
                 select 1 from ${workerPhones} sp
                 where sp.worker_id = w.id and sp.phone like ${phoneSearch})))
      ),
      page as (
        select * from matched m
        order by ${fillListOrder(sql.raw("m"))[query.sort]}
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
      )
      select t.total, w.id, w.name,
             (select p.phone from ${workerPhones} p where p.worker_id = w.id and p.is_primary) as phone,
             w.sms_consent, w.no_call_no_show_count,
             w.late_cancellation_count, w.conflicts,
             req.id as request_id, req.state as request_state, req.reserved as request_reserved
      from (select count(*)::int as total from matched) t
      left join page w on true
      left join ${laborRequests} req on req.requirement_id = ${requirement.id} and req.worker_id = w.id
      order by ${fillListOrder(sql.raw("w"))[query.sort]}
    `);
    const items = rows
      .filter((row) => row.id !== null)
      .map((row): TFillListWorker => ({
        id: row.id!,
        name: row.name,
        phone: row.phone,
        smsStopped: row.sms_consent === "stopped",
        noCallNoShowCount: row.no_call_no_show_count,
        lateCancellationCount: row.late_cancellation_count,
        conflicts: row.conflicts,
        request: row.request_id
          ? { id: row.request_id, state: row.request_state, reserved: row.request_reserved! }
          : null,
      }));
    return {
      items,
      meta: { page: query.page, pageSize: query.pageSize, total: rows[0]?.total ?? 0 },
    };
  });
}

export const requestColumns = {
  id: laborRequests.id,
  requirementId: laborRequests.requirementId,
  workerId: workers.id,
  workerName: workers.name,
  workerPhone: workerPhones.phone,
  state: laborRequests.state,
  reserved: laborRequests.reserved,
  answerChannel: laborRequests.answerChannel,
  queuedAt: laborRequests.queuedAt,
  sentAt: laborRequests.sentAt,
  answeredAt: laborRequests.answeredAt,
  confirmedAt: laborRequests.confirmedAt,
  canceledAt: laborRequests.canceledAt,
  noShowAt: laborRequests.noShowAt,
};

type RequestRow = {
  [K in keyof typeof requestColumns]: (typeof requestColumns)[K]["_"]["data"] | null;
};

const iso = (value: Date | null) => (value ? value.toISOString() : null);

function toRequestDto(row: RequestRow): TLaborRequest {
  return {
    id: row.id!,
    requirementId: row.requirementId!,
    worker: { id: row.workerId!, name: row.workerName!, phone: row.workerPhone },
    state: row.state!,
    reserved: row.reserved!,
    answerChannel: row.answerChannel,
    queuedAt: row.queuedAt!.toISOString(),
    sentAt: iso(row.sentAt),
    answeredAt: iso(row.answeredAt),
    confirmedAt: iso(row.confirmedAt),
    canceledAt: iso(row.canceledAt),
    noShowAt: iso(row.noShowAt),
  };
}

function selectRequests(tx: Executor) {
  return tx
    .select(requestColumns)
    .from(laborRequests)
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(
      workerPhones,
      and(eq(workerPhones.workerId, workers.id), eq(workerPhones.isPrimary, true)),
    )
    .$dynamic();
}

/** Requests by id, as the API shows them, in the order asked. */
export async function findRequests(
  tx: Executor,
  orgId: string,
  requestIds: string[],
): Promise<TLaborRequest[]> {
  if (requestIds.length === 0) return [];
  const rows = await selectRequests(tx).where(
    and(eq(laborRequests.orgId, orgId), inArray(laborRequests.id, requestIds)),
  );
  const byId = new Map(rows.map((row) => [row.id, toRequestDto(row)]));
  return requestIds.map((id) => byId.get(id)!);
}

const emptyCounts = (): Omit<TRequestCounts, "unfilled"> => ({
  queued: 0,
  sent: 0,
  available: 0,
  declined: 0,
  confirmed: 0,
  canceled: 0,
  noShow: 0,
});

/**
 * Requests per state for each requirement, and its unfilled places (needed − confirmed),
 * in one grouped query; the requirement endpoints can reuse it for their counts.
 */
export async function requirementRequestCounts(
  tx: Executor,
  orgId: string,
  requirementIds: string[],
): Promise<Map<string, TRequestCounts>> {
  const result = new Map<string, TRequestCounts>();
  if (requirementIds.length === 0) return result;
  const rows = await tx
    .select({
      requirementId: laborRequirements.id,
      needed: laborRequirements.needed,
      confirmedCount: laborRequirements.confirmedCount,
      state: laborRequests.state,
      count: sql<number>`count(${laborRequests.id})::int`,
    })
    .from(laborRequirements)
    .leftJoin(laborRequests, eq(laborRequests.requirementId, laborRequirements.id))
    .where(and(eq(laborRequirements.orgId, orgId), inArray(laborRequirements.id, requirementIds)))
    .groupBy(laborRequirements.id, laborRequests.state);
  for (const row of rows) {
    const counts = result.get(row.requirementId) ?? {
      ...emptyCounts(),
      unfilled: row.needed - row.confirmedCount,
    };
    if (row.state) {
      const key = row.state === "no_call_no_show" ? "noShow" : row.state;
      counts[key] = row.count;
    }
    result.set(row.requirementId, counts);
  }
  return result;
}

export async function listRequirementRequests(
  context: OrgContext,
  requirementId: string,
): Promise<TRequirementRequests> {
  return withTenant(context, async (tx) => {
    await loadRequirementForRequests(tx, context, requirementId, "read");
    const rows = await selectRequests(tx)
      .where(
        and(eq(laborRequests.orgId, context.orgId), eq(laborRequests.requirementId, requirementId)),
      )
      .orderBy(asc(workers.name), asc(laborRequests.id));
    const counts = await requirementRequestCounts(tx, context.orgId, [requirementId]);
    return {
      requirementId,
      counts: counts.get(requirementId)!,
      requests: rows.map(toRequestDto),
    };
  });
}
