import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import type { users } from "@/db/schema";
import { workers } from "@/db/schema/staffing";
import { withSystemScope } from "@/lib/tenancy/scope";

/**
 * Workflow 11, the worker's side: a worker is a `workers` row whose `user_id` is the signed-in
 * user. Managers add workers by phone long before those people have accounts, so the link is
 * made lazily: whenever a user with a verified phone reaches /work or /api/v1/work, every
 * worker of any org with that phone and no account yet becomes theirs.
 *
 * Workers are tenant rows and a user's workers span orgs, so this is one of the narrow
 * system-scope places: it reads and writes only rows matching the user's own id or verified
 * phone. Everything after it runs per org in `withTenant`.
 */

export interface WorkerIdentity {
  orgId: string;
  workerId: string;
  name: string;
}

/** The signed-in user as a worker: their account and their workers across orgs. */
export interface WorkerSelf {
  userId: string;
  identities: WorkerIdentity[];
}

export type LinkableUser = Pick<typeof users.$inferSelect, "id" | "phone" | "phoneVerifiedAt">;

/** Links unclaimed workers with the user's verified phone; returns how many were linked. */
async function linkByPhone(tx: Executor, user: LinkableUser): Promise<number> {
  if (!user.phone || !user.phoneVerifiedAt) return 0;
  const rows = await tx
    .update(workers)
    .set({ userId: user.id, updatedAt: new Date() })
    .where(
      and(
        isNull(workers.userId),
        sql`workers.id in (select worker_id from worker_phones where phone = ${user.phone})`,
        // One worker per user per org (a unique index): a second phone match stays unlinked.
        sql`not exists (select 1 from workers linked where linked.org_id = workers.org_id and linked.user_id = ${user.id})`,
      ),
    )
    .returning({ id: workers.id });
  return rows.length;
}

/**
 * The user's workers across orgs, after linking any new ones. Two requests racing to link
 * the same worker both end linked: the loser of the unique index just reads the result.
 */
export async function resolveWorkerIdentities(user: LinkableUser): Promise<WorkerIdentity[]> {
  return withSystemScope(async (tx) => {
    try {
      await tx.transaction((inner) => linkByPhone(inner, user));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return tx
      .select({ orgId: workers.orgId, workerId: workers.id, name: workers.name })
      .from(workers)
      .where(eq(workers.userId, user.id))
      .orderBy(workers.orgId);
  });
}

export async function resolveWorkerSelf(user: LinkableUser): Promise<WorkerSelf> {
  return { userId: user.id, identities: await resolveWorkerIdentities(user) };
}
