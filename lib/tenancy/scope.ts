import { sql } from "drizzle-orm";
import { type Executor, getDb, type Transaction } from "@/db/client";

/**
 * Who a unit of work runs for. Row-level security on tenant tables reads it from
 * transaction-local settings, so it ends with the transaction and never leaks to the next
 * query on a pooled connection.
 */
interface Scope {
  orgId?: string;
  userId?: string;
  system?: boolean;
}

async function runScoped<T>(
  scope: Scope,
  work: (tx: Transaction) => Promise<T>,
  db: Executor,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select
      set_config('app.org_id', ${scope.orgId ?? ""}, true),
      set_config('app.user_id', ${scope.userId ?? ""}, true),
      set_config('app.system', ${scope.system ? "on" : ""}, true)`);
    return work(tx);
  });
}

/** The one way to touch an organization's rows: a transaction that sees that org only. */
export function withTenant<T>(
  context: { orgId: string; userId?: string },
  work: (tx: Transaction) => Promise<T>,
  db: Executor = getDb(),
): Promise<T> {
  return runScoped({ orgId: context.orgId, userId: context.userId }, work, db);
}

/** A user's own rows across orgs (their memberships), with no org selected. */
export function withUserScope<T>(
  userId: string,
  work: (tx: Transaction) => Promise<T>,
  db: Executor = getDb(),
): Promise<T> {
  return runScoped({ userId }, work, db);
}

/**
 * Work that must cross tenants on purpose: accepting an invitation found by its token, the
 * seed, platform administration, jobs that find their org from a row. Keep it rare and
 * narrow; every call site is a place where RLS is off.
 */
export function withSystemScope<T>(
  work: (tx: Transaction) => Promise<T>,
  db: Executor = getDb(),
): Promise<T> {
  return runScoped({ system: true }, work, db);
}
