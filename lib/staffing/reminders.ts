import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { laborRequestReminders } from "@/db/schema/staffing";
import { defineQueue } from "@/lib/jobs/queue";
import { dueReminderOffsets } from "@/lib/jobs/reminder-offsets";
import { getLogger } from "@/lib/logging/logger";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { loadRequestNotices, sendReminderNotice } from "./notices";

/**
 * Reminders (workflow 6): confirmed workers get a text N hours before their call time, for
 * each N of the org's `staffing_settings.reminder_hours` (default 24 and 2), once per
 * worker per offset. A cron job runs every five minutes; the primary key of
 * `labor_request_reminders` (request, offset) is what makes "once" hold when two runs
 * overlap: a text goes out only from the run whose insert took the row.
 *
 * Which offsets a worker gets:
 * - an offset is due once `starts_at - N hours` has come and the call has not started;
 * - an offset whose moment had passed before the worker was confirmed is skipped (a worker
 *   confirmed 3 hours before gets the 2-hour reminder, not the 24-hour one; their
 *   confirmation text just told them the time);
 * - when several offsets are due at once (the job was down), one text goes out, for the
 *   nearest; the others are recorded as done so they never arrive late.
 * A moved call time forgets its reminders (time-changes.service.ts), so they follow the new
 * time.
 */

const DEFAULT_REMINDER_HOURS = [24, 2];

interface Candidate extends Record<string, unknown> {
  request_id: string;
  starts_at: Date | string;
  confirmed_at: Date | string | null;
  hours: number[];
  sent: number[];
}

/** Confirmed requests of upcoming call times in the reach of the org's largest offset. */
function candidatesSql(now: Date, orgId?: string) {
  const at = now.toISOString();
  return sql`
    select r.id as request_id, r.org_id, ct.starts_at, r.confirmed_at,
           coalesce(s.reminder_hours, ${`{${DEFAULT_REMINDER_HOURS.join(",")}}`}::integer[]) as hours,
           coalesce((select array_agg(rr.hours_before) from labor_request_reminders rr
                     where rr.request_id = r.id), '{}'::integer[]) as sent
    from labor_requests r
    join labor_requirements lr on lr.id = r.requirement_id
    join call_times ct on ct.id = lr.call_time_id
    join staffing_events e on e.id = ct.event_id
    left join staffing_settings s on s.org_id = r.org_id
    where r.state = 'confirmed'
      and e.status in ('draft', 'active')
      and ct.starts_at > ${at}::timestamptz
      and ct.starts_at <= ${at}::timestamptz + make_interval(hours => (
        select coalesce(max(h), 0) from unnest(
          coalesce(s.reminder_hours, ${`{${DEFAULT_REMINDER_HOURS.join(",")}}`}::integer[])) h))
      ${orgId ? sql`and r.org_id = ${orgId}` : sql``}`;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** One org's due reminders, in its tenant scope. Returns the texts sent. */
async function sendOrgReminders(tx: Executor, orgId: string, now: Date): Promise<number> {
  // Share-locking the requests keeps a cancellation from committing between this read and
  // the text (it waits); two reminder runs share the lock and meet at the insert below, in
  // one order (by id) so they queue behind each other rather than deadlock.
  const candidates = await tx.execute<Candidate>(
    sql`${candidatesSql(now, orgId)} order by r.id for share of r`,
  );
  let sent = 0;
  for (const candidate of candidates) {
    const due = dueReminderOffsets(
      {
        startsAt: asDate(candidate.starts_at),
        notBefore: candidate.confirmed_at ? asDate(candidate.confirmed_at) : null,
        hours: candidate.hours,
        sent: candidate.sent,
      },
      now,
    );
    if (due.length === 0) continue;
    const taken = await tx
      .insert(laborRequestReminders)
      .values(
        due.map((hoursBefore) => ({
          orgId,
          requestId: candidate.request_id,
          hoursBefore,
          sentAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ hoursBefore: laborRequestReminders.hoursBefore });
    // The nearest offset's row decides: whoever inserted it sends the one text.
    if (!taken.some((row) => row.hoursBefore === due[0])) continue;
    const [notice] = await loadRequestNotices(tx, [candidate.request_id]);
    if (notice && (await sendReminderNotice(tx, notice))) sent += 1;
  }
  return sent;
}

/** Sends every due reminder of every org; `now` is injected so tests fix the clock. */
export async function sendDueReminders(now: Date = new Date()): Promise<{ sent: number }> {
  const orgs = await withSystemScope((tx) =>
    tx.execute<{ org_id: string }>(sql`select distinct c.org_id from (${candidatesSql(now)}) c`),
  );
  let sent = 0;
  for (const { org_id: orgId } of orgs) {
    try {
      sent += await withTenant({ orgId }, (tx) => sendOrgReminders(tx, orgId, now));
    } catch (error) {
      // One org's failure (its transaction rolled back) must not hold the others' reminders.
      getLogger().error({ err: error, orgId }, "staffing reminders failed for an org");
    }
  }
  return { sent };
}

export const staffingRemindersQueue = defineQueue({
  name: "staffing-reminders",
  data: z.object({}),
  retryLimit: 1,
  retryDelaySeconds: 60,
  retryBackoff: false,
  expireInSeconds: 4 * 60,
  async handle() {
    await sendDueReminders();
  },
});
