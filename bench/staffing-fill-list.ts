// `npm run bench:fill-list`: the fill list of one requirement over 5,000 workers with that
// labor type, 200 overlapping call times and 20,000 requests (a busy org's season), read
// through `listFillList` like the API and the page do. Prints p50/p95/p99 per sort order.
// Target (issue 5): p95 under 50 ms on the embedded PostgreSQL.
import "@/lib/runtime/load-env";
import { rm } from "node:fs/promises";
import { and, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { memberships } from "@/db/schema";
import { openDatabaseServer } from "@/db/server";
import { env, forgetEnv } from "@/lib/config/env";
import { listFillList } from "@/lib/staffing";
import { createOrg, createUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

const WORKERS = Number(process.env.BENCH_WORKERS ?? 5_000);
const CALL_TIMES = Number(process.env.BENCH_CALL_TIMES ?? 200);
const REQUESTS_PER_WORKER = 4;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 10) / 10;

/** Workers, call times 15 minutes apart (all within each other's ±5 h window), requests. */
async function seed(orgId: string): Promise<string> {
  return withSystemScope(async (tx) => {
    const statements = [
      sql`
        insert into labor_types (org_id, name) values (${orgId}, 'Stagehand')
      `,
      sql`
        insert into staffing_locations (org_id, name, time_zone)
          values (${orgId}, 'Arena', 'America/New_York')
      `,
      sql`
        insert into staffing_events (org_id, name, start_date, end_date, status, location_id)
          select ${orgId}, 'Festival', '2027-06-01', '2027-06-30', 'active', id
          from staffing_locations where org_id = ${orgId}
      `,
      sql`
        insert into workers (org_id, name, sms_consent, no_call_no_show_count, late_cancellation_count)
          select ${orgId}, 'Worker ' || lpad(n::text, 5, '0'),
                 (array['granted','granted','granted','unknown','stopped'])[1 + n % 5],
                 n % 3, n % 2
          from generate_series(1, ${WORKERS}) n
      `,
      sql`
        insert into worker_phones (org_id, worker_id, phone, is_primary)
          select ${orgId}, id, '+1555' || lpad(row_number() over (order by name)::text, 7, '0'), true
          from workers where org_id = ${orgId}
      `,
      sql`
        insert into worker_labor_types (org_id, worker_id, labor_type_id)
          select ${orgId}, w.id, lt.id from workers w, labor_types lt
          where w.org_id = ${orgId} and lt.org_id = ${orgId}
      `,
      sql`
        insert into call_times (org_id, event_id, name, starts_at)
          select ${orgId}, e.id, 'Call ' || n,
                 timestamptz '2027-06-10 08:00:00+00' + make_interval(mins => 15 * n)
          from staffing_events e, generate_series(1, ${CALL_TIMES}) n where e.org_id = ${orgId}
      `,
      sql`
        insert into labor_requirements (org_id, call_time_id, labor_type_id, needed, first_come_positions)
          select ${orgId}, ct.id, lt.id, 5000, 0 from call_times ct, labor_types lt
          where ct.org_id = ${orgId} and lt.org_id = ${orgId}
      `,
    ];
    for (const statement of statements) await tx.execute(statement);
    // Each worker holds requests on a few call times, in the states that count as conflicts
    // and the ones that don't.
    await tx.execute(sql`
      with ranked_workers as (
        select id, row_number() over (order by name) as n from workers where org_id = ${orgId}
      ),
      ranked_requirements as (
        select lr.id, row_number() over (order by ct.starts_at) as n
        from labor_requirements lr join call_times ct on ct.id = lr.call_time_id
        where lr.org_id = ${orgId}
      )
      insert into labor_requests (org_id, requirement_id, worker_id, state, token, short_code)
      select ${orgId}, rr.id, w.id,
             (array['confirmed','available','sent','declined'])[1 + k],
             md5(w.id::text || k::text) || md5(rr.id::text),
             upper(substr(md5(w.id::text || rr.id::text), 1, 10))
      from ranked_workers w
      cross join generate_series(0, ${REQUESTS_PER_WORKER - 1}) k
      join ranked_requirements rr
        on rr.n = 2 + ((w.n * 7 + k * 53) % (${CALL_TIMES} - 1))
    `);
    const [target] = await tx.execute<{ id: string }>(sql`
      select lr.id from labor_requirements lr join call_times ct on ct.id = lr.call_time_id
      where lr.org_id = ${orgId} order by ct.starts_at limit 1 offset ${CALL_TIMES / 2}
    `);
    return target!.id;
  });
}

async function main() {
  process.env.LOG_LEVEL ??= "warn";
  forgetEnv();
  // A new database each run, so the figures are for exactly the seeded data.
  const dir = process.env.EMBEDDED_PG_DIR ?? ".data/postgres-bench-fill";
  await rm(dir, { recursive: true, force: true });
  const server = await openDatabaseServer({
    ...env(),
    EMBEDDED_PG_DIR: dir,
    EMBEDDED_PG_PORT: Number(process.env.EMBEDDED_PG_PORT ?? 54333),
  });
  try {
    await runMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    forgetEnv();
    const owner = await createUser();
    const org = await createOrg(owner, { name: "Bench staffing" });
    const [membership] = await withSystemScope((tx) =>
      tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, owner.id))),
    );
    const context = {
      orgId: org.id,
      userId: owner.id,
      role: "owner" as const,
      membershipId: membership!.id,
    };
    const seedStarted = performance.now();
    const requirementId = await seed(org.id);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    // As after a day of normal use: statistics known, hint bits set, no autovacuum pending
    // (as the table owner: the app role may not vacuum).
    const superuser = postgres(server.url, { max: 1, onnotice: () => {} });
    await superuser`vacuum analyze`;
    await superuser.end();

    const figures: Record<string, unknown> = {
      workers: WORKERS,
      callTimes: CALL_TIMES,
      requests: WORKERS * REQUESTS_PER_WORKER,
      runsPerCase: RUNS,
      seedSeconds: round(seedSeconds),
    };
    const cases = [
      { name: "sort=reliability", query: { sort: "reliability" as const } },
      { name: "sort=conflicts", query: { sort: "conflicts" as const } },
      { name: "q=Worker 01", query: { sort: "name" as const, q: "Worker 01" } },
      { name: "sort=name", query: { sort: "name" as const } },
    ];
    const summary: string[] = [];
    for (const { name, query } of cases) {
      const page = { ...query, page: 1, pageSize: 50 };
      for (let warm = 0; warm < 5; warm++) await listFillList(context, requirementId, page);
      const latencies: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS; run++) {
        const begun = performance.now();
        const result = await listFillList(context, requirementId, page);
        latencies.push(performance.now() - begun);
        total = result.meta.total;
      }
      latencies.sort((a, b) => a - b);
      const p95 = round(percentile(latencies, 95));
      figures[name] = {
        matched: total,
        p50Ms: round(percentile(latencies, 50)),
        p95Ms: p95,
        p99Ms: round(percentile(latencies, 99)),
      };
      summary.push(`${name} p95 ${p95} ms`);
    }
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `\nFill list over ${WORKERS} workers and ${CALL_TIMES} call times: ${summary.join(", ")} (target < 50 ms)`,
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
