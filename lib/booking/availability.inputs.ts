import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * Everything availability needs, read by ONE statement (a handful of index scans, cheap to
 * plan): the business's rules, the requested services, the employees who do all of them,
 * the hours rows for the window's weekdays, each (day, wall time) of those rows as an
 * instant, time off, and active bookings. Times are epoch milliseconds.
 *
 * Wall times become instants in PostgreSQL (`(date + time) AT TIME ZONE tz`), so the tz
 * database decides spring forward and fall back, not our code.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AvailabilityQueryInput {
  businessId: string;
  serviceIds: string[];
  employeeId: string | null;
  from: Date;
  to: Date;
  stepMinutes: number | null;
  now: Date;
  excludeBookingId: string | null;
  /** checkSlot's start: also answers the bounds of its local day (to weigh "first available"). */
  at: Date | null;
}

export interface HoursRow {
  employeeId: string | null;
  serviceId: string | null;
  weekday: number;
  kind: "open" | "break";
  /** `HH:MM:SS` wall times in the business's zone. */
  opensAt: string;
  closesAt: string;
}

export interface AvailabilityInputs {
  /** False when the business is not visible in this scope. */
  businessFound: boolean;
  /** False when row-level security hides other customers' bookings here. */
  seesBookings: boolean;
  timeZone: string;
  stepMinutes: number;
  /** The window narrowed by min notice and max horizon: starts in [lo, hi). */
  lo: number;
  hi: number;
  /** checkSlot: the local day of `at`. */
  dayLo: number | null;
  dayHi: number | null;
  servicesRequested: number;
  services: { id: string; durationMinutes: number; bufferMinutes: number }[];
  employees: { id: string; name: string }[];
  /** The window's local days, in order. */
  days: { day: string; weekday: number }[];
  hours: HoursRow[];
  /** `${day} ${HH:MM:SS}` → instant. */
  instants: Record<string, number>;
  timeOff: { employeeId: string | null; start: number; end: number }[];
  /** Per employee, pending and confirmed bookings by start; `ends` are occupied_until. */
  bookings: Record<string, { starts: number[]; ends: number[] }>;
}

export async function loadAvailabilityInputs(
  tx: Executor,
  input: AvailabilityQueryInput,
): Promise<AvailabilityInputs | null> {
  // Through the query builder only to name it: a prepared statement's text never changes,
  // only its parameters, so each connection parses it once and PostgreSQL can keep a plan
  // (a third of the statement's database time, measured by bench:availability).
  const [row] = await tx
    .select({ inputs: sql<AvailabilityInputs | null>`(${availabilityInputsSql(input)})` })
    .from(sql`(select) as once`)
    .prepare("booking_availability_inputs")
    .execute();
  return row?.inputs ?? null;
}

/** The statement (exported for the benchmark's EXPLAIN). */
export function availabilityInputsSql(input: AvailabilityQueryInput) {
  const ids = `{${input.serviceIds.join(",")}}`;
  const at = input.at?.toISOString() ?? null;
  // Closures and bookings that can touch a local day of the window (notice and horizon only
  // narrow it): a day either side covers any time zone.
  const busyLo = new Date(input.from.getTime() - DAY_MS).toISOString();
  const busyHi = new Date(input.to.getTime() + DAY_MS).toISOString();
  // date_part is float8 already (extract() goes through numeric, slower on a thousand rows).
  const ms = (column: string) => sql.raw(`(date_part('epoch', ${column}) * 1000)`);
  return sql`
    with business as (
      select b.time_zone as tz,
             coalesce(${input.stepMinutes}::int, b.slot_step_minutes) as step,
             greatest(${input.from.toISOString()}::timestamptz,
                      ${input.now.toISOString()}::timestamptz
                        + make_interval(mins => b.min_notice_minutes)) as lo,
             least(${input.to.toISOString()}::timestamptz,
                   ${input.now.toISOString()}::timestamptz
                     + make_interval(days => b.max_horizon_days)) as hi,
             (b.org_id = app_org_id() or app_is_system()) as sees_bookings
      from businesses b
      where b.id = ${input.businessId}::uuid
    ),
    requested as (select distinct unnest(${ids}::uuid[]) as id),
    svc as (
      select s.id, s.duration_minutes, s.buffer_after_minutes, s.position
      from booking_services s
      where s.business_id = ${input.businessId}::uuid
        and s.active
        and s.id in (select id from requested)
    ),
    emp as (
      select e.id, e.name, e.position
      from booking_employees e
      where e.business_id = ${input.businessId}::uuid
        and e.active
        and (${input.employeeId}::uuid is null or e.id = ${input.employeeId}::uuid)
        and not exists (
          select 1 from requested r
          where not exists (select 1 from booking_employee_services es
                            where es.employee_id = e.id and es.service_id = r.id))
    ),
    days as (
      select d::date as day, extract(isodow from d)::int as weekday
      from business,
           generate_series((lo at time zone tz)::date, (hi at time zone tz)::date,
                           interval '1 day') d
      where lo < hi
    ),
    hours as (
      select h.employee_id, h.service_id, h.weekday, h.kind, h.opens_at, h.closes_at
      from booking_working_hours h
      where h.business_id = ${input.businessId}::uuid
        and h.weekday in (select weekday from days)
        and (h.employee_id is null or h.employee_id in (select id from emp))
        and (h.service_id is null or h.service_id in (select id from svc))
    ),
    wall_times as (
      select opens_at as t from hours union select closes_at from hours
    ),
    checked_day as (
      -- checkSlot: the local day of its start, to weigh "first available".
      select ((${at}::timestamptz at time zone tz)::date)::timestamp at time zone tz as day_lo,
             ((${at}::timestamptz at time zone tz)::date + 1)::timestamp at time zone tz as day_hi
      from business
    )
    select json_build_object(
      'businessFound', exists (select 1 from businesses where id = ${input.businessId}::uuid),
      'seesBookings', coalesce((select sees_bookings from business), false),
      'timeZone', (select tz from business),
      'stepMinutes', (select step from business),
      'lo', (select ${ms("lo")} from business),
      'hi', (select ${ms("hi")} from business),
      'dayLo', (select ${ms("day_lo")} from checked_day),
      'dayHi', (select ${ms("day_hi")} from checked_day),
      'servicesRequested', (select count(*) from requested),
      'services', coalesce((
        select json_agg(json_build_object('id', id, 'durationMinutes', duration_minutes,
                                          'bufferMinutes', buffer_after_minutes)
                        order by position, id)
        from svc), '[]'::json),
      'employees', coalesce((
        select json_agg(json_build_object('id', id, 'name', name) order by position, name, id)
        from emp), '[]'::json),
      'days', coalesce((
        select json_agg(json_build_object('day', day, 'weekday', weekday) order by day)
        from days), '[]'::json),
      'hours', coalesce((
        select json_agg(json_build_object('employeeId', employee_id, 'serviceId', service_id,
                                          'weekday', weekday, 'kind', kind,
                                          'opensAt', opens_at, 'closesAt', closes_at))
        from hours), '[]'::json),
      'instants', coalesce((
        select json_object_agg(d.day::text || ' ' || w.t::text,
                               ${ms("((d.day + w.t) at time zone business.tz)")})
        from days d cross join wall_times w cross join business), '{}'::json),
      'timeOff', coalesce((
        select json_agg(json_build_object('employeeId', t.employee_id,
                                          'start', ${ms("t.starts_at")},
                                          'end', ${ms("t.ends_at")}))
        from booking_time_off t
        where t.business_id = ${input.businessId}::uuid
          and t.starts_at < ${busyHi}::timestamptz
          and t.ends_at > ${busyLo}::timestamptz
          and (t.employee_id is null or t.employee_id in (select id from emp))), '[]'::json),
      'bookings', coalesce((
        select json_object_agg(e.id, json_build_object('starts', k.starts, 'ends', k.ends))
        from emp e
        cross join lateral (
          -- Per employee, the exclusion constraint's GiST index (employee, time range).
          select array_agg(${ms("b.starts_at")} order by b.starts_at) as starts,
                 array_agg(${ms("b.occupied_until")} order by b.starts_at) as ends
          from bookings b
          where b.employee_id = e.id
            and b.status in ('pending', 'confirmed')
            and tstzrange(b.starts_at, b.occupied_until, '[)')
                && tstzrange(${busyLo}::timestamptz, ${busyHi}::timestamptz, '[)')
            and (${input.excludeBookingId}::uuid is null
                 or b.id <> ${input.excludeBookingId}::uuid)
        ) k
        where k.starts is not null), '{}'::json)
    ) as inputs
  `;
}
