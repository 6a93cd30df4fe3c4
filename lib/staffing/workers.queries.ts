import { and, asc, count, eq, exists, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { laborTypes, workerLaborTypes, workerPhones, workers } from "@/db/schema";
import type { PageMeta } from "@/lib/api/respond";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/scope";
import type { TListWorkersQuery, TWorker } from "./people.schemas";

const workerColumns = {
  id: workers.id,
  name: workers.name,
  email: workers.email,
  notes: workers.notes,
  smsConsent: workers.smsConsent,
  noCallNoShowCount: workers.noCallNoShowCount,
  lateCancellationCount: workers.lateCancellationCount,
  active: workers.active,
  userId: workers.userId,
  createdAt: workers.createdAt,
  updatedAt: workers.updatedAt,
};

/** `%` and `_` in a search are literal characters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Workers by id with their phones and labor types, in the order of `ids`: three queries
 * however many workers.
 */
export async function loadWorkers(tx: Executor, orgId: string, ids: string[]): Promise<TWorker[]> {
  if (ids.length === 0) return [];
  const [rows, phones, types] = await Promise.all([
    tx
      .select(workerColumns)
      .from(workers)
      .where(and(eq(workers.orgId, orgId), inArray(workers.id, ids))),
    tx
      .select({
        workerId: workerPhones.workerId,
        phone: workerPhones.phone,
        isPrimary: workerPhones.isPrimary,
      })
      .from(workerPhones)
      .where(and(eq(workerPhones.orgId, orgId), inArray(workerPhones.workerId, ids)))
      .orderBy(asc(workerPhones.createdAt), asc(workerPhones.phone)),
    tx
      .select({ workerId: workerLaborTypes.workerId, id: laborTypes.id, name: laborTypes.name })
      .from(workerLaborTypes)
      .innerJoin(laborTypes, eq(laborTypes.id, workerLaborTypes.laborTypeId))
      .where(and(eq(workerLaborTypes.orgId, orgId), inArray(workerLaborTypes.workerId, ids)))
      .orderBy(asc(laborTypes.name)),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const own = phones.filter((phone) => phone.workerId === id);
    return [
      {
        id: row.id,
        name: row.name,
        phone: own.find((phone) => phone.isPrimary)?.phone ?? null,
        alternatePhones: own.filter((phone) => !phone.isPrimary).map((phone) => phone.phone),
        email: row.email,
        notes: row.notes,
        laborTypes: types
          .filter((type) => type.workerId === id)
          .map((type) => ({ id: type.id, name: type.name })),
        smsConsent: row.smsConsent,
        reliability: {
          noCallNoShowCount: row.noCallNoShowCount,
          lateCancellationCount: row.lateCancellationCount,
        },
        active: row.active,
        registered: row.userId !== null,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      },
    ];
  });
}

/** One worker of the org, or 404 (also for another org's). */
export async function findWorker(tx: Executor, orgId: string, id: string): Promise<TWorker> {
  const [worker] = await loadWorkers(tx, orgId, [id]);
  if (!worker) throw new NotFoundError("staffing.workerNotFound");
  return worker;
}

export async function getWorker(context: OrgContext, id: string): Promise<TWorker> {
  assertCan(context, "staffing.read");
  return withTenant(context, (tx) => findWorker(tx, context.orgId, id));
}

/**
 * One page of the org's workers by name. `q` matches names and email addresses, and phone
 * numbers by their digits (so "555 0101" finds +14155550101).
 */
export async function listWorkers(
  context: OrgContext,
  query: TListWorkersQuery,
): Promise<{ items: TWorker[]; meta: PageMeta }> {
  assertCan(context, "staffing.read");
  const filters: SQL[] = [eq(workers.orgId, context.orgId)];
  if (query.active !== undefined) filters.push(eq(workers.active, query.active));
  if (query.consent) filters.push(eq(workers.smsConsent, query.consent));
  return withTenant(context, async (tx) => {
    if (query.laborTypeId) {
      filters.push(
        exists(
          tx
            .select({ one: workerLaborTypes.workerId })
            .from(workerLaborTypes)
            .where(
              and(
                eq(workerLaborTypes.workerId, workers.id),
                eq(workerLaborTypes.laborTypeId, query.laborTypeId),
              ),
            ),
        ),
      );
    }
    if (query.q) {
      const pattern = `%${escapeLike(query.q)}%`;
      const matches: SQL[] = [ilike(workers.name, pattern), ilike(workers.email, pattern)];
      const digits = query.q.replace(/\D/g, "");
      if (digits.length >= 3) {
        matches.push(
          exists(
            tx
              .select({ one: workerPhones.workerId })
              .from(workerPhones)
              .where(
                and(
                  eq(workerPhones.workerId, workers.id),
                  ilike(workerPhones.phone, `%${digits}%`),
                ),
              ),
          ),
        );
      }
      filters.push(or(...matches)!);
    }
    const where = and(...filters);
    const [page, [total]] = await Promise.all([
      tx
        .select({ id: workers.id })
        .from(workers)
        .where(where)
        .orderBy(asc(workers.name), asc(workers.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      tx.select({ total: count() }).from(workers).where(where),
    ]);
    return {
      items: await loadWorkers(
        tx,
        context.orgId,
        page.map((row) => row.id),
      ),
      meta: { page: query.page, pageSize: query.pageSize, total: total?.total ?? 0 },
    };
  });
}
