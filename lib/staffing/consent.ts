import { and, inArray, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { workers } from "@/db/schema/staffing";

/**
 * A worker's SMS consent, one rule in one place:
 *
 * - `unknown` → `pending` when the one-time consent question goes out (send job);
 * - `pending` → `granted` when they reply YES (their waiting requests then go out);
 * - any → `stopped` when their number opts out (STOP and the carrier stop words) or is
 *   found on the opt-out list at send time; `stopped` → `granted` when they text START.
 *
 * The opt-out list in messaging is what actually keeps texts from a number; the column
 * mirrors it per worker so the fill list and the send job can tell without a phone lookup.
 * Every transition is a conditional UPDATE, so a retried job or a repeated text changes
 * nothing twice.
 */

export type SmsConsent = (typeof workers.$inferSelect)["smsConsent"];

async function transition(
  tx: Executor,
  workerIds: string[],
  from: SmsConsent[] | "any-but-target",
  to: SmsConsent,
): Promise<string[]> {
  if (workerIds.length === 0) return [];
  const rows = await tx
    .update(workers)
    .set({ smsConsent: to, updatedAt: new Date() })
    .where(
      and(
        inArray(workers.id, workerIds),
        from === "any-but-target" ? ne(workers.smsConsent, to) : inArray(workers.smsConsent, from),
      ),
    )
    .returning({ id: workers.id });
  return rows.map((row) => row.id);
}

/** unknown → pending; true when this call made the change (and must send the question). */
export async function markConsentRequested(tx: Executor, workerId: string): Promise<boolean> {
  return (await transition(tx, [workerId], ["unknown"], "pending")).length > 0;
}

/** pending → granted (a YES to the consent question); the ids that changed. */
export function grantConsent(tx: Executor, workerIds: string[]): Promise<string[]> {
  return transition(tx, workerIds, ["pending"], "granted");
}

/** stopped → granted (START); the ids that changed. */
export function resumeConsent(tx: Executor, workerIds: string[]): Promise<string[]> {
  return transition(tx, workerIds, ["stopped"], "granted");
}

/** Any state → stopped (STOP, or the number is on the opt-out list); the ids that changed. */
export function stopConsent(tx: Executor, workerIds: string[]): Promise<string[]> {
  return transition(tx, workerIds, "any-but-target", "stopped");
}
