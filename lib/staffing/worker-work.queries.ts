import { and, eq, gt, inArray, isNull, lte, not, type SQL } from "drizzle-orm";
import type { PageMeta } from "@/lib/api/respond";
import { callTimes, laborRequests, timeEntries } from "@/db/schema/staffing";
import { withTenant } from "@/lib/tenancy/scope";
import type { WorkerIdentity, WorkerSelf } from "./worker-link.service";
import {
  countWorkRequests,
  selectWorkRequestRows,
  toWorkHistory,
  toWorkRequest,
  type WorkRequestRow,
} from "./worker-requests.queries";
import type {
  TWorkHistoryItem,
  TWorkHistoryQuery,
  TWorkRequest,
  TWorkRequestsQuery,
} from "./worker-requests.schemas";

/**
 * The worker's own lists for /work and /api/v1/work: requests, schedule and history across
 * every org that has them as a worker. Each org is read in its own tenant transaction and
 * the lists are merged by call time; a page takes the first page × size rows of each org,
 * which is enough to cut the merged page exactly.
 */

/** A confirmed shift stays on the schedule this long after its call time until clock-out. */
export const SCHEDULE_GRACE_MS = 12 * 60 * 60_000;
const SCHEDULE_LIMIT = 100;

export interface WorkPage<T> {
  items: T[];
  meta: PageMeta;
}

function openFilter(now: Date): SQL {
  return and(inArray(laborRequests.state, ["sent", "available"]), gt(callTimes.startsAt, now))!;
}

/** Said no to a call still ahead: the worker may change their mind. */
function declinedAheadFilter(now: Date): SQL {
  return and(eq(laborRequests.state, "declined"), gt(callTimes.startsAt, now))!;
}

/** Confirmed, not clocked out, and not long past its call time. */
function scheduleFilter(now: Date): SQL {
  return and(
    eq(laborRequests.state, "confirmed"),
    isNull(timeEntries.signedOutAt),
    gt(callTimes.startsAt, new Date(now.getTime() - SCHEDULE_GRACE_MS)),
  )!;
}

/** Past call times that ended one way or another; what is still on the schedule is not here. */
function historyFilter(now: Date): SQL {
  return and(
    lte(callTimes.startsAt, now),
    inArray(laborRequests.state, ["confirmed", "declined", "canceled", "no_call_no_show"]),
    not(scheduleFilter(now)),
  )!;
}

type Tx = Parameters<Parameters<typeof withTenant>[1]>[0];

function perOrg<T>(
  self: WorkerSelf,
  run: (tx: Tx, identity: WorkerIdentity) => Promise<T>,
): Promise<T[]> {
  return Promise.all(
    self.identities.map((identity) =>
      withTenant({ orgId: identity.orgId, userId: self.userId }, (tx) => run(tx, identity)),
    ),
  );
}

const byCall = (direction: 1 | -1) => (a: WorkRequestRow, b: WorkRequestRow) =>
  direction * (a.startsAt.getTime() - b.startsAt.getTime()) || a.id.localeCompare(b.id);

async function pageOf<T>(
  self: WorkerSelf,
  filter: SQL | undefined,
  order: "call-asc" | "call-desc",
  page: { page: number; pageSize: number },
  shape: (tx: Tx, rows: WorkRequestRow[]) => Promise<T[]>,
): Promise<WorkPage<T>> {
  const offset = (page.page - 1) * page.pageSize;
  const results = await perOrg(self, async (tx, identity) => {
    const where = and(eq(laborRequests.workerId, identity.workerId), filter);
    const rows = await selectWorkRequestRows(tx, {
      where,
      order,
      limit: offset + page.pageSize,
    });
    const total = await countWorkRequests(tx, where);
    // Shape inside the org's transaction (history reads breaks); rows keep their order.
    const shaped = await shape(tx, rows);
    return { total, entries: rows.map((row, index) => ({ row, item: shaped[index]! })) };
  });
  const compare = byCall(order === "call-asc" ? 1 : -1);
  const merged = results
    .flatMap((result) => result.entries)
    .sort((a, b) => compare(a.row, b.row))
    .slice(offset, offset + page.pageSize);
  return {
    items: merged.map((entry) => entry.item),
    meta: {
      page: page.page,
      pageSize: page.pageSize,
      total: results.reduce((sum, result) => sum + result.total, 0),
    },
  };
}

/** Open requests (soonest first) or every request sent to the worker (newest call first). */
export function listMyRequests(
  self: WorkerSelf,
  query: TWorkRequestsQuery,
  now: Date = new Date(),
): Promise<WorkPage<TWorkRequest>> {
  const shape = async (_tx: Tx, rows: WorkRequestRow[]) =>
    rows.map((row) => toWorkRequest(row, now));
  return query.state === "open"
    ? pageOf(self, openFilter(now), "call-asc", query, shape)
    : pageOf(self, undefined, "call-desc", query, shape);
}

/** Requests the worker declined whose call is still ahead (they may still say yes). */
export async function listMyDeclinedAhead(
  self: WorkerSelf,
  now: Date = new Date(),
): Promise<TWorkRequest[]> {
  const result = await pageOf(
    self,
    declinedAheadFilter(now),
    "call-asc",
    { page: 1, pageSize: SCHEDULE_LIMIT },
    async (_tx, rows) => rows.map((row) => toWorkRequest(row, now)),
  );
  return result.items;
}

/** Upcoming confirmed shifts, soonest first, with their calendar, QR and clock buttons. */
export async function getMySchedule(
  self: WorkerSelf,
  now: Date = new Date(),
): Promise<TWorkRequest[]> {
  const result = await pageOf(
    self,
    scheduleFilter(now),
    "call-asc",
    { page: 1, pageSize: SCHEDULE_LIMIT },
    async (_tx, rows) => rows.map((row) => toWorkRequest(row, now)),
  );
  return result.items;
}

/** Past shifts with their hours (the time sheet's computation), newest first. */
export function listMyHistory(
  self: WorkerSelf,
  query: TWorkHistoryQuery,
  now: Date = new Date(),
): Promise<WorkPage<TWorkHistoryItem>> {
  return pageOf(self, historyFilter(now), "call-desc", query, (tx, rows) =>
    toWorkHistory(tx, rows, now),
  );
}
