import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { defineQueue } from "@/lib/jobs/queue";
import { getLogger } from "@/lib/logging/logger";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { notifyBookingChange } from "./bookings.notices";
import { announceBookingChange } from "./live";

/**
 * Completion (workflow 5): a booking still pending or confirmed once its end has passed
 * becomes `completed` (a no-show, canceled or rejected one keeps its status), which is what
 * lets the customer rate it. A cron job every five minutes; the update's own WHERE makes a
 * second, overlapping run find nothing to do.
 */

const BATCH = 500;

async function completeOrgBookings(tx: Executor, orgId: string, now: Date): Promise<string[]> {
  const done = await tx.execute<{ id: string }>(sql`
    update bookings set status = 'completed', completed_at = ${now.toISOString()}::timestamptz,
                        updated_at = ${now.toISOString()}::timestamptz
    where id in (
      select id from bookings
      where org_id = ${orgId} and status in ('pending', 'confirmed')
        and ends_at <= ${now.toISOString()}::timestamptz
      order by ends_at limit ${BATCH}
      for update skip locked)
    returning id`);
  const ids = [...done].map((row) => row.id);
  for (const id of ids) {
    // In-app and push: "how was it? rate it" is not worth an email.
    await notifyBookingChange(tx, id, "completed", {
      audiences: ["customer"],
      customerChannels: { email: false, push: true },
    });
  }
  await announceBookingChange(tx, orgId, ...ids);
  return ids;
}

/** Completes every booking past its end; `now` is injected so tests fix the clock. */
export async function completePastBookings(now: Date = new Date()): Promise<{ completed: number }> {
  const orgs = await withSystemScope((tx) =>
    tx.execute<{ org_id: string }>(sql`
      select distinct org_id from bookings
      where status in ('pending', 'confirmed') and ends_at <= ${now.toISOString()}::timestamptz`),
  );
  let completed = 0;
  for (const { org_id: orgId } of orgs) {
    try {
      completed += (await withTenant({ orgId }, (tx) => completeOrgBookings(tx, orgId, now)))
        .length;
    } catch (error) {
      getLogger().error({ err: error, orgId }, "booking completion failed for an org");
    }
  }
  return { completed };
}

export const bookingCompletionQueue = defineQueue({
  name: "booking-completion",
  data: z.object({}),
  retryLimit: 1,
  retryDelaySeconds: 60,
  retryBackoff: false,
  expireInSeconds: 4 * 60,
  async handle() {
    await completePastBookings();
  },
});
