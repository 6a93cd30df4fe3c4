// `npm run bench:availability`: free start times of a busy salon, 20 employees × 14 days,
// through `findAvailability` in the business's tenant scope like the API does. The salon has
// business, employee and service hours with breaks, a closure, days off, and about seven
// bookings per employee per working day (plus three months of history). Prints p50/p95/p99.
// Target (issue 6): p95 under 30 ms on the embedded PostgreSQL, one statement per answer.
import "@/lib/runtime/load-env";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { openDatabaseServer } from "@/db/server";
import { checkSlot, findAvailability } from "@/lib/booking/availability";
import { availabilityInputsSql } from "@/lib/booking/availability.inputs";
import { env, forgetEnv } from "@/lib/config/env";
import { createOrg, createUser } from "@/lib/testing/factories";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 20);
const DAYS = Number(process.env.BENCH_DAYS ?? 14);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
/** The window starts on Monday 4 March 2030; "now" is that morning. */
const WINDOW_START = "2030-03-04";
const NOW = new Date("2030-03-04T06:00:00Z");
const TIME_ZONE = "Europe/Tirane";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 10) / 10;

interface Seeded {
  businessId: string;
  serviceIds: string[];
  employeeId: string;
  bookingsInWindow: number;
  bookingsTotal: number;
}

/** The salon, its catalogue and hours, closures and bookings, all in SQL. */
async function seed(orgId: string, customerId: string): Promise<Seeded> {
  return withSystemScope(async (tx) => {
    const [business] = await tx.execute<{ id: string }>(sql`
      insert into businesses (org_id, name, slug, time_zone, currency, status,
                              min_notice_minutes, max_horizon_days, slot_step_minutes)
      values (${orgId}, 'Bench Salon', 'bench-salon', ${TIME_ZONE}, 'EUR', 'published', 60, 60, 15)
      returning id
    `);
    const businessId = business!.id;
    const statements = [
      // Five services, 30–90 minutes, some with a buffer.
      sql`
        insert into booking_services (org_id, business_id, name, duration_minutes,
                                      buffer_after_minutes, price_minor, currency, position)
        select ${orgId}, ${businessId}, jsonb_build_object('en', 'Service ' || n),
               (array[30, 45, 60, 90, 30])[n], (array[10, 0, 15, 0, 5])[n], 1000 * n, 'EUR', n
        from generate_series(1, 5) n
      `,
      sql`
        insert into booking_employees (org_id, business_id, name, position)
        select ${orgId}, ${businessId}, 'Employee ' || lpad(n::text, 2, '0'), n
        from generate_series(1, ${EMPLOYEES}) n
      `,
      // Everyone does services 1–3; every other employee also does 4 and 5.
      sql`
        insert into booking_employee_services (org_id, employee_id, service_id)
        select ${orgId}, e.id, s.id
        from booking_employees e join booking_services s on s.business_id = e.business_id
        where e.business_id = ${businessId} and (s.position <= 3 or e.position % 2 = 0)
      `,
      // The salon: Monday–Saturday 09:00–19:00 with a 13:00–13:30 break.
      sql`
        insert into booking_working_hours (org_id, business_id, weekday, opens_at, closes_at, kind)
        select ${orgId}, ${businessId}, d, o, c, k
        from generate_series(1, 6) d,
             (values (time '09:00', time '19:00', 'open'), (time '13:00', time '13:30', 'break'))
               as h(o, c, k)
      `,
      // A third of the team keeps their own hours (two ranges, Tuesday–Saturday).
      sql`
        insert into booking_working_hours (org_id, business_id, employee_id, weekday, opens_at, closes_at)
        select ${orgId}, ${businessId}, e.id, d, o, c
        from booking_employees e, generate_series(2, 6) d,
             (values (time '10:00', time '14:00'), (time '15:00', time '20:00')) as h(o, c)
        where e.business_id = ${businessId} and e.position % 3 = 0
      `,
      // Service 3 only in the mornings.
      sql`
        insert into booking_working_hours (org_id, business_id, service_id, weekday, opens_at, closes_at)
        select ${orgId}, ${businessId}, s.id, d, time '09:00', time '13:00'
        from booking_services s, generate_series(1, 6) d
        where s.business_id = ${businessId} and s.position = 3
      `,
      // A closure one afternoon, and each employee a day off in the window.
      sql`
        insert into booking_time_off (org_id, business_id, starts_at, ends_at, reason)
        values (${orgId}, ${businessId},
                (${WINDOW_START}::date + 9 + time '14:00') at time zone ${TIME_ZONE},
                (${WINDOW_START}::date + 9 + time '19:00') at time zone ${TIME_ZONE}, 'Training')
      `,
      sql`
        insert into booking_time_off (org_id, business_id, employee_id, starts_at, ends_at)
        select ${orgId}, ${businessId}, e.id,
               (${WINDOW_START}::date + e.position % ${DAYS})::timestamp at time zone ${TIME_ZONE},
               (${WINDOW_START}::date + e.position % ${DAYS} + 1)::timestamp at time zone ${TIME_ZONE}
        from booking_employees e where e.business_id = ${businessId}
      `,
      // Up to eight bookings per employee per day, 75 minutes apart (never overlapping), about
      // seven in ten taken; from 90 days before the window to its end. Past ones completed.
      sql`
        insert into bookings (org_id, business_id, customer_id, employee_id, starts_at, ends_at,
                              occupied_until, status, total_price_minor, currency)
        select ${orgId}, ${businessId}, ${customerId}, e.id, starts, starts + duration,
               starts + duration + interval '10 minutes',
               case when d < 0 then 'completed'
                    when (e.position + d + k) % 11 = 0 then 'canceled'
                    when (e.position + k) % 4 = 0 then 'pending'
                    else 'confirmed' end,
               2500, 'EUR'
        from booking_employees e,
             generate_series(-90, ${DAYS - 1}) d,
             generate_series(0, 7) k,
             lateral (select ((${WINDOW_START}::date + d + time '09:00') at time zone ${TIME_ZONE})
                               + make_interval(mins => 75 * k) as starts,
                             make_interval(mins => (array[30, 45, 60])[1 + (e.position + k) % 3]) as duration) b
        where e.business_id = ${businessId}
          and extract(isodow from ${WINDOW_START}::date + d) < 7
          and abs(hashtext(e.id::text || d || k)) % 10 < 7
      `,
    ];
    for (const statement of statements) await tx.execute(statement);
    const [ids] = await tx.execute<{ services: string[]; employee: string }>(sql`
      select array(select id::text from booking_services where business_id = ${businessId}
                   and position in (1, 2) order by position) as services,
             (select id from booking_employees where business_id = ${businessId}
              order by position limit 1) as employee
    `);
    const [counts] = await tx.execute<{ in_window: number; total: number }>(sql`
      select count(*) filter (where starts_at >= ${NOW.toISOString()}::timestamptz
                                and status in ('pending', 'confirmed'))::int as in_window,
             count(*)::int as total
      from bookings where business_id = ${businessId}
    `);
    return {
      businessId,
      serviceIds: ids!.services,
      employeeId: ids!.employee,
      bookingsInWindow: counts!.in_window,
      bookingsTotal: counts!.total,
    };
  });
}

/** CPU seconds the PostgreSQL backend serving `pid` has used (Linux; null elsewhere). */
function backendCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * Wall-clock percentiles, plus the CPU each call costs the database backend and Node: on a
 * busy machine the wall clock mostly measures waiting for a core, the CPU time does not.
 */
async function measure(work: () => Promise<unknown>, backendPid: number) {
  for (let warm = 0; warm < 10; warm++) await work();
  const latencies: number[] = [];
  const backendBefore = backendCpuMs(backendPid);
  const nodeBefore = process.cpuUsage();
  for (let run = 0; run < RUNS; run++) {
    const begun = performance.now();
    await work();
    latencies.push(performance.now() - begun);
  }
  const node = process.cpuUsage(nodeBefore);
  const backendAfter = backendCpuMs(backendPid);
  latencies.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    postgresCpuMsPerCall:
      backendBefore === null || backendAfter === null
        ? null
        : round((backendAfter - backendBefore) / RUNS),
    nodeCpuMsPerCall: round((node.user + node.system) / 1000 / RUNS),
  };
}

async function main() {
  process.env.LOG_LEVEL ??= "warn";
  // One connection, as one request uses: its backend's CPU time is then this work's.
  process.env.DATABASE_POOL_MAX = "1";
  forgetEnv();
  // A new database each run, so the figures are for exactly the seeded data.
  const dir = process.env.EMBEDDED_PG_DIR ?? ".data/postgres-bench-availability";
  await rm(dir, { recursive: true, force: true });
  const server = await openDatabaseServer({
    ...env(),
    EMBEDDED_PG_DIR: dir,
    EMBEDDED_PG_PORT: Number(process.env.EMBEDDED_PG_PORT ?? 54336),
  });
  try {
    await runMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    forgetEnv();
    const owner = await createUser();
    const customer = await createUser();
    const org = await createOrg(owner, { name: "Bench salon" });
    const seedStarted = performance.now();
    const seeded = await seed(org.id, customer.id);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    // As after a day of normal use: statistics known, hint bits set (as the owner).
    const superuser = postgres(server.url, { max: 1, onnotice: () => {} });
    await superuser`vacuum analyze`;
    await superuser.end();

    const from = new Date(`${WINDOW_START}T00:00:00+01:00`);
    const to = new Date(from.getTime() + DAYS * 24 * 60 * 60 * 1000);
    const scope = { orgId: org.id };
    const window =
      (serviceIds: string[], employeeId: string | null = null) =>
      () =>
        withTenant(scope, (tx) =>
          findAvailability(tx, {
            businessId: seeded.businessId,
            serviceIds,
            employeeId,
            from,
            to,
            now: NOW,
          }),
        );
    if (process.env.BENCH_EXPLAIN) {
      const plan = await withTenant(scope, (tx) =>
        tx.execute<{ "QUERY PLAN": string }>(
          sql`explain (analyze, buffers, timing) ${availabilityInputsSql({
            businessId: seeded.businessId,
            serviceIds: seeded.serviceIds.slice(0, 1),
            employeeId: null,
            from,
            to,
            stepMinutes: null,
            now: NOW,
            excludeBookingId: null,
            at: null,
          })}`,
        ),
      );
      console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
    }
    const [backend] = await withTenant(scope, (tx) =>
      tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`),
    );
    const sample = await window(seeded.serviceIds.slice(0, 1))();
    const slots = sample.employees.reduce((sum, employee) => sum + employee.slots.length, 0);
    const cases = {
      "baseline: an empty transaction in the tenant scope": () =>
        withTenant(scope, (tx) => tx.execute(sql`select 1`)),
      [`any of ${EMPLOYEES} employees, ${DAYS} days, 1 service`]: window(
        seeded.serviceIds.slice(0, 1),
      ),
      [`any of ${EMPLOYEES} employees, ${DAYS} days, 2 services`]: window(seeded.serviceIds),
      [`one employee, ${DAYS} days`]: window(seeded.serviceIds.slice(0, 1), seeded.employeeId),
      "checkSlot, first available": () =>
        withTenant(scope, (tx) =>
          checkSlot(tx, {
            businessId: seeded.businessId,
            serviceIds: seeded.serviceIds.slice(0, 1),
            employeeId: null,
            startsAt: new Date("2030-03-06T10:00:00+01:00"),
            now: NOW,
          }),
        ),
    };
    const figures: Record<string, unknown> = {
      employees: EMPLOYEES,
      days: DAYS,
      bookingsInWindow: seeded.bookingsInWindow,
      bookingsTotal: seeded.bookingsTotal,
      freeSlotsFound: slots,
      runsPerCase: RUNS,
      seedSeconds: round(seedSeconds),
    };
    // Warm every path first (Node's JIT), so no case pays for the others' compilation.
    for (const work of Object.values(cases)) for (let warm = 0; warm < 30; warm++) await work();
    const summary: string[] = [];
    for (const [name, work] of Object.entries(cases)) {
      const result = await measure(work, backend!.pid);
      figures[name] = result;
      summary.push(
        `${name}: p95 ${result.p95Ms} ms (CPU per call: PostgreSQL ${result.postgresCpuMsPerCall} ms, Node ${result.nodeCpuMsPerCall} ms)`,
      );
    }
    console.log(JSON.stringify(figures, null, 2));
    const [load] = await import("node:os").then((os) => os.loadavg());
    console.log(
      `\nAvailability (target p95 < 30 ms; load average ${load!.toFixed(1)}):\n  ${summary.join("\n  ")}`,
    );
  } finally {
    await closeDb();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
