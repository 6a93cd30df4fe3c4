// `npm run bench:staffing-send`: a requirement with 1,000 queued requests to 1,000 workers
// (consent granted), sent through the API route `POST /staffing/requirements/{id}/send` (auth,
// parsing, the count and the job in one transaction) several times, then drained by the job
// worker: the staffing-send job texts each worker and the SMS jobs deliver through the
// outbox. Prints the send call's p50/p95 and the job and SMS rates.
// Target (issue 5): a 1,000-worker send enqueued in under 2 s.
import "@/lib/runtime/load-env";
import { rm } from "node:fs/promises";
import { and, count, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import * as sendRequirementRoute from "@/app/api/v1/staffing/requirements/[id]/send/route";
import { closeDb, getDb, getSql } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { messages } from "@/db/schema";
import { laborRequests } from "@/db/schema/staffing";
import { openDatabaseServer } from "@/db/server";
import { env, forgetEnv } from "@/lib/config/env";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { stopProducer } from "@/lib/jobs/enqueue";
import { startWorker } from "@/lib/jobs/worker";
import { smsQueue } from "@/lib/messaging";
import { staffingSendQueue } from "@/lib/staffing";
import { callApi } from "@/lib/testing/api";
import { createOrg, signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

const WORKERS = Number(process.env.BENCH_WORKERS ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_MS = 2_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One event, one call time, one requirement; WORKERS workers with phones, each requested. */
async function seed(orgId: string): Promise<string> {
  return withSystemScope(async (tx) => {
    const statements = [
      sql`insert into labor_types (org_id, name) values (${orgId}, 'Stagehand')`,
      sql`
        insert into staffing_locations (org_id, name, time_zone)
          values (${orgId}, 'Arena', 'America/New_York')`,
      sql`
        insert into staffing_events (org_id, name, start_date, end_date, status, location_id)
          select ${orgId}, 'Harbor Festival', '2031-06-13', '2031-06-13', 'active', id
          from staffing_locations where org_id = ${orgId}`,
      sql`
        insert into call_times (org_id, event_id, name, starts_at)
          select ${orgId}, id, 'Load-in', timestamptz '2031-06-13 11:00:00+00'
          from staffing_events where org_id = ${orgId}`,
      sql`
        insert into labor_requirements (org_id, call_time_id, labor_type_id, needed)
          select ${orgId}, ct.id, lt.id, ${WORKERS} from call_times ct, labor_types lt
          where ct.org_id = ${orgId} and lt.org_id = ${orgId}`,
      sql`
        insert into workers (org_id, name, sms_consent)
          select ${orgId}, 'Worker ' || lpad(n::text, 5, '0'), 'granted'
          from generate_series(1, ${WORKERS}) n`,
      sql`
        insert into worker_phones (org_id, worker_id, phone, is_primary)
          select ${orgId}, id, '+1415555' || lpad((row_number() over (order by name) - 1)::text, 4, '0'), true
          from workers where org_id = ${orgId}`,
      sql`
        insert into worker_labor_types (org_id, worker_id, labor_type_id)
          select ${orgId}, w.id, lt.id from workers w, labor_types lt
          where w.org_id = ${orgId} and lt.org_id = ${orgId}`,
      sql`
        insert into labor_requests (org_id, requirement_id, worker_id, token, short_code)
          select ${orgId}, lr.id, w.id, md5(w.id::text) || md5(lr.id::text),
                 upper(substr(md5(w.id::text || lr.id::text), 1, 10))
          from workers w, labor_requirements lr
          where w.org_id = ${orgId} and lr.org_id = ${orgId}`,
    ];
    for (const statement of statements) await tx.execute(statement);
    const [requirement] = await tx.execute<{ id: string }>(
      sql`select id from labor_requirements where org_id = ${orgId}`,
    );
    return requirement!.id;
  });
}

async function main() {
  // Outbox only, and caps high enough for the whole run: no provider is called.
  for (const key of ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER"])
    delete process.env[key];
  process.env.OUTBOX_ENABLED = "true";
  process.env.SMS_DAILY_LIMIT_PER_ORG = String(WORKERS * 10);
  process.env.SMS_DAILY_LIMIT_PER_RECIPIENT = "1000";
  process.env.LOG_LEVEL ??= "warn";
  forgetEnv();
  // A new database each run, so the figures are for exactly the seeded data.
  const dir = process.env.EMBEDDED_PG_DIR ?? ".data/postgres-bench-send";
  await rm(dir, { recursive: true, force: true });
  const server = await openDatabaseServer({
    ...env(),
    EMBEDDED_PG_DIR: dir,
    EMBEDDED_PG_PORT: Number(process.env.EMBEDDED_PG_PORT ?? 54335),
  });
  try {
    await runMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    forgetEnv();
    const owner = await signedInUser({ name: "Bench Owner" });
    const org = await createOrg(owner.user, { name: "Bench Crew" });
    const seedStarted = performance.now();
    const requirementId = await seed(org.id);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const superuser = postgres(server.url, { max: 1, onnotice: () => {} });
    await superuser`vacuum analyze`;
    await superuser.end();

    // The send call, as a client makes it. Each call enqueues a job; none runs yet.
    const send = () =>
      callApi(sendRequirementRoute.POST, {
        token: owner.token,
        orgId: org.id,
        params: { id: requirementId },
      });
    for (let warm = 0; warm < 3; warm++) await send();
    const latencies: number[] = [];
    let queuedWorkers = 0;
    for (let run = 0; run < RUNS; run++) {
      const begun = performance.now();
      const response = await send();
      latencies.push(performance.now() - begun);
      if (response.status !== 202) throw new Error(`send answered ${response.status}`);
      queuedWorkers = response.body.data.queuedWorkers;
    }
    latencies.sort((a, b) => a - b);
    // Keep one job (the sends are idempotent; the others would find nothing left).
    await getSql().unsafe(
      `delete from ${BOSS_SCHEMA}.job where name = $1 and id <> (
         select id from ${BOSS_SCHEMA}.job where name = $1 order by created_on desc limit 1)`,
      [staffingSendQueue.name],
    );

    const sentRequests = async () => {
      const [row] = await withSystemScope((tx) =>
        tx
          .select({ total: count() })
          .from(laborRequests)
          .where(and(eq(laborRequests.orgId, org.id), eq(laborRequests.state, "sent"))),
      );
      return row?.total ?? 0;
    };
    const deliveredTexts = async () => {
      const [row] = await getDb()
        .select({ total: count() })
        .from(messages)
        .where(and(eq(messages.orgId, org.id), eq(messages.status, "sent")));
      return row?.total ?? 0;
    };
    const drainStarted = performance.now();
    const worker = await startWorker({
      url: server.url,
      queues: [staffingSendQueue, smsQueue],
      pollingIntervalSeconds: 0.5,
    });
    let sendJobSeconds = 0;
    for (;;) {
      const [sent, delivered] = await Promise.all([sentRequests(), deliveredTexts()]);
      const elapsed = (performance.now() - drainStarted) / 1000;
      if (!sendJobSeconds && sent >= WORKERS) sendJobSeconds = elapsed;
      if (delivered >= WORKERS) break;
      if (elapsed > 600) throw new Error(`drain stalled: ${sent} sent, ${delivered} delivered`);
      await sleep(100);
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    await worker.stop();

    const p95 = round(percentile(latencies, 95));
    const figures = {
      workers: WORKERS,
      queuedWorkers,
      seedSeconds: round(seedSeconds),
      sendCalls: RUNS,
      sendP50Ms: round(percentile(latencies, 50)),
      sendP95Ms: p95,
      sendMaxMs: round(latencies[latencies.length - 1]!),
      sendJobSeconds: round(sendJobSeconds),
      requestTextsQueuedPerSecond: Math.round(WORKERS / sendJobSeconds),
      drainSeconds: round(drainSeconds),
      smsJobsPerSecond: Math.round(WORKERS / drainSeconds),
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `\nSend to ${WORKERS} workers: enqueued in p95 ${p95} ms (target < ${TARGET_MS} ms); ` +
        `the job queued ${figures.requestTextsQueuedPerSecond} texts/s and the SMS jobs ` +
        `delivered ${figures.smsJobsPerSecond}/s through the outbox`,
    );
  } finally {
    await stopProducer();
    await closeDb();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
