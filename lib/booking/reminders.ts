import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { bookingReminders } from "@/db/schema/booking";
import { defineQueue } from "@/lib/jobs/queue";
import { dueReminderOffsets } from "@/lib/jobs/reminder-offsets";
import { getLogger } from "@/lib/logging/logger";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { notifyBookingChange } from "./bookings.notices";

/**
 * Booking reminders (workflow 4): the customer (and the booked employee) hear about a
 * confirmed booking N hours before it, for each N of the business's `reminder_hours`
 * (default 24 and 1). A cron job runs every five minutes; the primary key of
 * `booking_reminders` (booking, offset) makes "once" hold when two runs overlap: a reminder
 * goes out only from the run whose insert took the row.
 *
 * - an offset is due once `starts_at - N hours` has come and the booking has not started;
 * - an offset whose moment passed before the booking was made or confirmed is skipped (booked
 *   3 hours ahead: the 1-hour reminder only; the confirmation just told them the time);
 * - several offsets due at once (the job was down): one reminder, for the nearest; the
 *   others are recorded so they never arrive late.
 * A moved booking forgets its reminders (bookings.service.ts), so they follow the new time.
 */

interface Candidate extends Record<string, unknown> {
  booking_id: string;
  org_id: string;
  starts_at: Date | string;
  booked_at: Date | string;
  hours: number[];
  sent: number[];
}

function candidatesSql(now: Date, orgId?: string) {
  const at = now.toISOString();
  return sql`
    select b.id as booking_id, b.org_id, b.starts_at,
           greatest(b.created_at, coalesce(b.confirmed_at, b.created_at)) as booked_at,
           biz.reminder_hours as hours,
           coalesce((select array_agg(r.hours_before) from booking_reminders r
                     where r.booking_id = b.id), '{}'::integer[]) as sent
    from bookings b
    join businesses biz on biz.id = b.business_id
    where b.status = 'confirmed'
      and b.starts_at > ${at}::timestamptz
      and b.starts_at <= ${at}::timestamptz + make_interval(hours => (
        select coalesce(max(h), 0) from unnest(biz.reminder_hours) h))
      ${orgId ? sql`and b.org_id = ${orgId}` : sql``}`;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

async function sendOrgReminders(tx: Executor, orgId: string, now: Date): Promise<number> {
  // Share locks keep a cancellation from committing between this read and the reminder;
  // two runs meet at the insert below, in one order (by id), so they queue, not deadlock.
  const candidates = await tx.execute<Candidate>(
    sql`${candidatesSql(now, orgId)} order by b.id for share of b`,
  );
  let sent = 0;
  for (const candidate of candidates) {
    const due = dueReminderOffsets(
      {
        startsAt: asDate(candidate.starts_at),
        notBefore: asDate(candidate.booked_at),
        hours: candidate.hours,
        sent: candidate.sent,
      },
      now,
    );
    if (due.length === 0) continue;
    const taken = await tx
      .insert(bookingReminders)
      .values(
        due.map((hoursBefore) => ({
          orgId,
          bookingId: candidate.booking_id,
          hoursBefore,
          sentAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ hoursBefore: bookingReminders.hoursBefore });
    // The nearest offset's row decides: whoever inserted it sends the one reminder.
    if (!taken.some((row) => row.hoursBefore === due[0])) continue;
    await notifyBookingChange(tx, candidate.booking_id, "reminder", { employeeOnly: true });
    sent += 1;
  }
  return sent;
}

/** Sends every due booking reminder; `now` is injected so tests fix the clock. */
export async function sendDueBookingReminders(now: Date = new Date()): Promise<{ sent: number }> {
  const orgs = await withSystemScope((tx) =>
    tx.execute<{ org_id: string }>(sql`select distinct c.org_id from (${candidatesSql(now)}) c`),
  );
  let sent = 0;
  for (const { org_id: orgId } of orgs) {
    try {
      sent += await withTenant({ orgId }, (tx) => sendOrgReminders(tx, orgId, now));
    } catch (error) {
      // One org's failure (its transaction rolled back) must not hold the others' reminders.
      getLogger().error({ err: error, orgId }, "booking reminders failed for an org");
    }
  }
  return { sent };
}

export const bookingRemindersQueue = defineQueue({
  name: "booking-reminders",
  data: z.object({}),
  retryLimit: 1,
  retryDelaySeconds: 60,
  retryBackoff: false,
  expireInSeconds: 4 * 60,
  async handle() {
    await sendDueBookingReminders();
  },
});
