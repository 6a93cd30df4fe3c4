import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";

/**
 * Free start times of a business's employees, computed by ONE SQL statement for the whole
 * window (PostgreSQL multiranges; no per-slot or per-employee queries):
 *
 * 1. Working time per employee and local day: the most specific level with `open` rows for
 *    that weekday wins (employee + service > employee > service > business). With several
 *    services at a service level, every requested service that has hours must be open (their
 *    hours intersect). `break` rows of the winning level cut time out of it.
 * 2. Closures (business-wide time off) and the employee's own time off are cut out.
 * 3. Candidate starts step from the start of each remaining free segment (`step` minutes, in
 *    absolute time, so a DST change never shifts or doubles a slot); the services must end
 *    inside the segment.
 * 4. A start is free when [start, start + duration + buffer) overlaps no pending/confirmed
 *    booking's [starts_at, occupied_until): the same test as the exclusion constraint
 *    `bookings_employee_no_overlap`. The buffer may run past closing time (cleaning up after
 *    the last client), never into another booking.
 * 5. Starts before now + min notice, past now + max horizon, or outside [from, to) are dropped.
 *
 * Wall times become instants with `(date + time) AT TIME ZONE business.time_zone`, so spring
 * forward and fall back are PostgreSQL's tz database's business, not ours.
 *
 * Run it in the business's tenant scope (`withTenant({ orgId: business.orgId })`): under a
 * customer's or an anonymous scope, row-level security hides other people's bookings and
 * every booked time would look free, so it refuses to answer there.
 */

export interface AvailabilityInput {
  businessId: string;
  serviceIds: string[];
  /** One employee; null/absent: every active employee who performs all the services. */
  employeeId?: string | null;
  from: Date;
  to: Date;
  /** Defaults to the business's `slot_step_minutes`. */
  stepMinutes?: number;
  now?: Date;
  /** A booking being rescheduled: its own time counts as free. */
  excludeBookingId?: string;
}

export interface EmployeeAvailability {
  employeeId: string;
  slots: string[];
}

export interface Availability {
  durationMinutes: number;
  bufferMinutes: number;
  employees: EmployeeAvailability[];
}

/** What the query knows beyond the exported shape (the API shows names and the zone). */
export interface AvailabilityDetails {
  timeZone: string;
  stepMinutes: number;
  durationMinutes: number;
  bufferMinutes: number;
  employees: (EmployeeAvailability & { name: string })[];
}

export interface SlotCheckInput {
  businessId: string;
  serviceIds: string[];
  /** null: "first available", the least booked free employee that day. */
  employeeId: string | null;
  startsAt: Date;
  now?: Date;
  excludeBookingId?: string;
}

export interface CheckedSlot {
  employeeId: string;
  endsAt: Date;
  occupiedUntil: Date;
}

interface QueryInput {
  businessId: string;
  serviceIds: string[];
  employeeId: string | null;
  from: Date;
  to: Date;
  stepMinutes: number | null;
  now: Date;
  excludeBookingId: string | null;
  /** checkSlot: test this one start instead of stepping through the segments. */
  at: Date | null;
}

interface QueryRow extends Record<string, unknown> {
  business_found: boolean;
  sees_bookings: boolean;
  time_zone: string | null;
  step: number | null;
  services_found: number;
  services_requested: number;
  duration: number;
  buffer: number;
  employees: { id: string; name: string; load: number; slots: number[] }[];
}

const MAX_SERVICES = 20;
const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Free start times per employee; see the module comment for the rules. */
export async function findAvailability(
  tx: Executor,
  input: AvailabilityInput,
): Promise<Availability> {
  const details = await findAvailabilityDetails(tx, input);
  return {
    durationMinutes: details.durationMinutes,
    bufferMinutes: details.bufferMinutes,
    employees: details.employees.map(({ employeeId, slots }) => ({ employeeId, slots })),
  };
}

/** The same, with the business's zone, the step used and the employees' names. */
export async function findAvailabilityDetails(
  tx: Executor,
  input: AvailabilityInput,
): Promise<AvailabilityDetails> {
  const row = await runAvailabilityQuery(tx, {
    businessId: input.businessId,
    serviceIds: input.serviceIds,
    employeeId: input.employeeId ?? null,
    from: input.from,
    to: input.to,
    stepMinutes: input.stepMinutes ?? null,
    now: input.now ?? new Date(),
    excludeBookingId: input.excludeBookingId ?? null,
    at: null,
  });
  return {
    timeZone: row.time_zone!,
    stepMinutes: row.step!,
    durationMinutes: row.duration,
    bufferMinutes: row.buffer,
    employees: row.employees.map((employee) => ({
      employeeId: employee.id,
      name: employee.name,
      slots: employee.slots.map((seconds) => new Date(seconds * 1000).toISOString()),
    })),
  };
}

/**
 * Whether this start is free for the employee, or for anyone ("first available": the free
 * employee with the fewest active bookings that local day, then by position). Any start
 * inside working time counts, on the step grid or not (the business may drag a booking to
 * 10:05). Null when taken or outside hours, notice or horizon.
 */
export async function checkSlot(tx: Executor, input: SlotCheckInput): Promise<CheckedSlot | null> {
  const row = await runAvailabilityQuery(tx, {
    businessId: input.businessId,
    serviceIds: input.serviceIds,
    employeeId: input.employeeId,
    from: input.startsAt,
    to: new Date(input.startsAt.getTime() + 1000),
    stepMinutes: null,
    now: input.now ?? new Date(),
    excludeBookingId: input.excludeBookingId ?? null,
    at: input.startsAt,
  });
  const free = row.employees.filter((employee) => employee.slots.length > 0);
  // The query orders employees by position; the least loaded of the free ones wins.
  const chosen = free.reduce<(typeof free)[number] | undefined>(
    (best, employee) => (!best || employee.load < best.load ? employee : best),
    undefined,
  );
  if (!chosen) return null;
  const endsAt = new Date(input.startsAt.getTime() + row.duration * 60_000);
  return {
    employeeId: chosen.id,
    endsAt,
    occupiedUntil: new Date(endsAt.getTime() + row.buffer * 60_000),
  };
}

async function runAvailabilityQuery(tx: Executor, input: QueryInput): Promise<QueryRow> {
  const serviceIds = [...new Set(input.serviceIds)];
  if (serviceIds.length === 0 || serviceIds.length > MAX_SERVICES || !serviceIds.every(isUuid)) {
    throw new ValidationError({ serviceIds: ["booking.availability.servicesInvalid"] });
  }
  const [row] = await tx.execute<QueryRow>(availabilitySql({ ...input, serviceIds }));
  if (!row?.business_found) throw new NotFoundError("booking.businessNotFound");
  if (!row.sees_bookings) {
    throw new Error(
      "Availability must run in the business's tenant scope (withTenant): bookings are hidden here",
    );
  }
  if (row.services_found !== row.services_requested) {
    throw new ValidationError({ serviceIds: ["booking.availability.servicesUnknown"] });
  }
  if (input.employeeId && row.employees.length === 0) {
    throw new ValidationError({ employeeId: ["booking.availability.employeeUnavailable"] });
  }
  return row;
}

function availabilitySql(input: QueryInput) {
  const ids = `{${input.serviceIds.join(",")}}`;
  const at = input.at?.toISOString() ?? null;
  return sql`
    with business as (
      select b.time_zone as tz,
             coalesce(${input.stepMinutes}::int, b.slot_step_minutes) as step,
             greatest(${input.from.toISOString()}::timestamptz,
                      ${input.now.toISOString()}::timestamptz + make_interval(mins => b.min_notice_minutes)) as lo,
             least(${input.to.toISOString()}::timestamptz,
                   ${input.now.toISOString()}::timestamptz + make_interval(days => b.max_horizon_days)) as hi,
             (b.org_id = app_org_id() or app_is_system()) as sees_bookings
      from businesses b
      where b.id = ${input.businessId}::uuid
    ),
    requested as (select distinct unnest(${ids}::uuid[]) as id),
    svc as (
      select s.id, s.duration_minutes, s.buffer_after_minutes
      from booking_services s join requested r on r.id = s.id
      where s.business_id = ${input.businessId}::uuid and s.active
    ),
    totals as (
      select count(*)::int as found,
             coalesce(sum(duration_minutes), 0)::int as duration,
             coalesce(sum(buffer_after_minutes), 0)::int as buffer
      from svc
    ),
    emp as (
      select e.id, e.name, e.position
      from booking_employees e
      where e.business_id = ${input.businessId}::uuid
        and e.active
        and (${input.employeeId}::uuid is null or e.id = ${input.employeeId}::uuid)
        and (select count(*) from booking_employee_services es
             where es.employee_id = e.id and es.service_id in (select id from svc))
            = (select count(*) from requested)
    ),
    days as (
      select d::date as day, extract(isodow from d)::int as weekday
      from business,
           generate_series((lo at time zone tz)::date, (hi at time zone tz)::date, interval '1 day') d
      where lo < hi
    ),
    hours as (
      select h.employee_id, h.service_id, h.weekday, h.kind, h.opens_at, h.closes_at,
             case when h.employee_id is not null and h.service_id is not null then 3
                  when h.employee_id is not null then 2
                  when h.service_id is not null then 1
                  else 0 end as level
      from booking_working_hours h
      where h.business_id = ${input.businessId}::uuid
        and h.weekday in (select weekday from days)
        and (h.employee_id is null or h.employee_id in (select id from emp))
        and (h.service_id is null or h.service_id in (select id from svc))
    ),
    emp_hours as (
      select e.id as employee_id, d.day, h.service_id, h.kind, h.level,
             tstzrange((d.day + h.opens_at) at time zone business.tz,
                       (d.day + h.closes_at) at time zone business.tz) as span
      from emp e
      cross join days d
      cross join business
      join hours h on h.weekday = d.weekday and (h.employee_id is null or h.employee_id = e.id)
    ),
    day_level as (
      select employee_id, day, max(level) as level
      from emp_hours where kind = 'open'
      group by employee_id, day
    ),
    open_per_service as (
      select eh.employee_id, eh.day, range_agg(eh.span) as open
      from emp_hours eh
      join day_level dl using (employee_id, day, level)
      where eh.kind = 'open'
      group by eh.employee_id, eh.day, eh.service_id
    ),
    open_per_day as (
      select employee_id, day, range_intersect_agg(open) as open
      from open_per_service
      group by employee_id, day
    ),
    breaks_per_day as (
      select eh.employee_id, eh.day, range_agg(eh.span) as breaks
      from emp_hours eh
      join day_level dl using (employee_id, day, level)
      where eh.kind = 'break'
      group by eh.employee_id, eh.day
    ),
    time_off as (
      select t.employee_id, tstzrange(t.starts_at, t.ends_at) as span
      from booking_time_off t, business
      where t.business_id = ${input.businessId}::uuid
        and (t.employee_id is null or t.employee_id in (select id from emp))
        and t.starts_at < business.hi + interval '1 day'
        and t.ends_at > business.lo - interval '1 day'
    ),
    working as (
      select o.employee_id,
             range_agg(o.open - coalesce(b.breaks, '{}'::tstzmultirange)) as open
      from open_per_day o
      left join breaks_per_day b using (employee_id, day)
      group by o.employee_id
    ),
    free_segments as (
      select w.employee_id,
             unnest(w.open - coalesce((select range_agg(t.span) from time_off t
                                       where t.employee_id is null or t.employee_id = w.employee_id),
                                      '{}'::tstzmultirange)) as segment
      from working w
    ),
    busy as (
      select k.employee_id, range_agg(tstzrange(k.starts_at, k.occupied_until)) as busy,
             count(*) filter (
               where ${at}::timestamptz is not null
                 and (k.starts_at at time zone business.tz)::date
                     = (${at}::timestamptz at time zone business.tz)::date
             )::int as load
      from bookings k, business, totals
      where k.business_id = ${input.businessId}::uuid
        and k.employee_id in (select id from emp)
        and k.status in ('pending', 'confirmed')
        and (${input.excludeBookingId}::uuid is null or k.id <> ${input.excludeBookingId}::uuid)
        and k.starts_at < business.hi + make_interval(mins => totals.duration + totals.buffer) + interval '1 day'
        and k.occupied_until > business.lo - interval '1 day'
      group by k.employee_id
    ),
    slots as (
      select f.employee_id, c.starts_at
      from free_segments f
      cross join business
      cross join totals
      cross join lateral (
        select g as starts_at
        from generate_series(lower(f.segment),
                             upper(f.segment) - make_interval(mins => totals.duration),
                             make_interval(mins => business.step)) g
        where ${at}::timestamptz is null
        union all
        select ${at}::timestamptz
        where ${at}::timestamptz is not null
          and ${at}::timestamptz >= lower(f.segment)
          and ${at}::timestamptz + make_interval(mins => totals.duration) <= upper(f.segment)
      ) c
      left join busy k on k.employee_id = f.employee_id
      where c.starts_at >= business.lo
        and c.starts_at < business.hi
        and not coalesce(
          k.busy && tstzrange(c.starts_at,
                              c.starts_at + make_interval(mins => totals.duration + totals.buffer)),
          false)
    ),
    slots_per_employee as (
      select employee_id, json_agg(extract(epoch from starts_at) order by starts_at) as slots
      from slots
      group by employee_id
    )
    select exists (select 1 from businesses where id = ${input.businessId}::uuid) as business_found,
           coalesce((select sees_bookings from business), false) as sees_bookings,
           (select tz from business) as time_zone,
           (select step from business) as step,
           totals.found as services_found,
           (select count(*)::int from requested) as services_requested,
           totals.duration,
           totals.buffer,
           coalesce((
             select json_agg(json_build_object(
                      'id', e.id,
                      'name', e.name,
                      'load', coalesce(k.load, 0),
                      'slots', coalesce(s.slots, '[]'::json))
                    order by e.position, e.name, e.id)
             from emp e
             left join busy k on k.employee_id = e.id
             left join slots_per_employee s on s.employee_id = e.id
           ), '[]'::json) as employees
    from totals
  `;
}
