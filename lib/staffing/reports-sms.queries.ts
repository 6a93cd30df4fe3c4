import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { messages, organizations } from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { seesAllEvents } from "./event-access";
import type { TSmsUsage, TSmsUsageQuery } from "./reports.schemas";
import { instantToZonedWallTime, zonedWallTimeToInstant } from "./zoned-time";

/**
 * SMS usage of an org from the delivery log (`messages`). That table has no row-level
 * security (jobs and webhooks write it across orgs), so the org filter below is the only
 * lock: every statement here names `org_id`.
 *
 * Days and months are the org's (its time zone), one statement with grouping sets gives the
 * rows (period × template × status) and the sums per period, per template and overall.
 */

type Status = TSmsUsage["rows"][number]["status"];

interface UsageRow extends Record<string, unknown> {
  period: string | null;
  template: string | null;
  status: Status | null;
  by_period: number;
  by_template: number;
  by_status: number;
  messages: number;
  segments: number;
  failed: number;
}

function shiftDate(date: string, days: number): string {
  const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

function startOfMonthsBefore(date: string, months: number): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  return first.toISOString().slice(0, 10);
}

/** The range asked for, with the defaults filled in on the org's calendar. */
export function smsUsageRange(query: TSmsUsageQuery, timeZone: string, now: Date) {
  const to = query.to ?? instantToZonedWallTime(now, timeZone).date;
  const from =
    query.from ?? (query.groupBy === "month" ? startOfMonthsBefore(to, 11) : shiftDate(to, -29));
  return { from, to };
}

export async function getSmsUsage(
  context: OrgContext,
  query: TSmsUsageQuery,
  now: Date = new Date(),
): Promise<TSmsUsage> {
  // The org's texts and what they cost: managers' business, not a steward's.
  if (!seesAllEvents(context)) throw new ForbiddenError("tenancy.permissionDenied");
  const [org] = await withTenant(context, (tx) =>
    tx
      .select({ timeZone: organizations.timeZone })
      .from(organizations)
      .where(eq(organizations.id, context.orgId)),
  );
  const timeZone = org?.timeZone ?? "UTC";
  const { from, to } = smsUsageRange(query, timeZone, now);
  const start = zonedWallTimeToInstant(from, "00:00", timeZone);
  const end = zonedWallTimeToInstant(shiftDate(to, 1), "00:00", timeZone);
  const format = query.groupBy === "month" ? "YYYY-MM" : "YYYY-MM-DD";

  const rows = await getDb().execute<UsageRow>(sql`
    with sms as (
      select to_char(${messages.createdAt} at time zone ${timeZone}, ${format}) as period,
             ${messages.template} as template,
             ${messages.status} as status,
             coalesce((${messages.metadata} ->> 'segments')::int, 1) as segments
      from ${messages}
      where ${messages.orgId} = ${context.orgId}
        and ${messages.channel} = 'sms'
        and ${messages.createdAt} >= ${start.toISOString()}::timestamptz
        and ${messages.createdAt} < ${end.toISOString()}::timestamptz
    )
    select period, template, status,
           grouping(period)::int as by_period,
           grouping(template)::int as by_template,
           grouping(status)::int as by_status,
           count(*)::int as messages,
           coalesce(sum(segments), 0)::int as segments,
           (count(*) filter (where status = 'failed'))::int as failed
    from sms
    group by grouping sets ((period, template, status), (period), (template), ())
    order by period nulls last, messages desc, template nulls last, status nulls last
  `);

  const usage: TSmsUsage = {
    from,
    to,
    groupBy: query.groupBy,
    timeZone,
    rows: [],
    periods: [],
    templates: [],
    totals: { messages: 0, segments: 0, failed: 0 },
  };
  for (const row of rows) {
    const counts = { messages: row.messages, segments: row.segments };
    if (!row.by_period && !row.by_template && !row.by_status) {
      usage.rows.push({
        period: row.period!,
        template: row.template!,
        status: row.status!,
        ...counts,
      });
    } else if (!row.by_period) {
      usage.periods.push({ period: row.period!, ...counts, failed: row.failed });
    } else if (!row.by_template) {
      usage.templates.push({ template: row.template!, ...counts, failed: row.failed });
    } else {
      usage.totals = { ...counts, failed: row.failed };
    }
  }
  usage.templates.sort((a, b) => b.messages - a.messages || a.template.localeCompare(b.template));
  return usage;
}
