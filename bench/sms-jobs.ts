// `npm run bench:jobs`: queues 10,000 SMS through sendSms (message row + job, one transaction
// each) and drains them with the job worker through the outbox driver. Prints the enqueue
// rate and latency percentiles, and the drain rate.
import "@/lib/runtime/load-env";
import { and, count, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { messages } from "@/db/schema";
import { openDatabaseServer } from "@/db/server";
import { env, forgetEnv } from "@/lib/config/env";
import { stopProducer } from "@/lib/jobs/enqueue";
import { startWorker } from "@/lib/jobs/worker";
import { sendSms, smsQueue } from "@/lib/messaging";

const TOTAL = Number(process.env.BENCH_JOBS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const TEMPLATE = "bench";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function main() {
  // Outbox only: no provider is called, whatever the environment says.
  for (const key of ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER"])
    delete process.env[key];
  process.env.OUTBOX_ENABLED = "true";
  process.env.LOG_LEVEL ??= "warn";
  forgetEnv();
  const server = await openDatabaseServer({
    ...env(),
    EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? ".data/postgres-bench",
    EMBEDDED_PG_PORT: Number(process.env.EMBEDDED_PG_PORT ?? 54332),
  });
  try {
    await runMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    forgetEnv();
    await getDb().delete(messages).where(eq(messages.template, TEMPLATE));

    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TOTAL) {
          const index = next++;
          const begun = performance.now();
          await sendSms({
            to: `+1415555${String(index % 10_000).padStart(4, "0")}`,
            body: `Bench shift ${index}: are you available Friday 18:00?`,
            template: TEMPLATE,
            locale: "en",
          });
          latencies.push(performance.now() - begun);
        }
      }),
    );
    const enqueueSeconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);

    const waiting = async () => {
      const [row] = await getDb()
        .select({ total: count() })
        .from(messages)
        .where(and(eq(messages.template, TEMPLATE), eq(messages.status, "queued")));
      return row?.total ?? 0;
    };
    const drainStarted = performance.now();
    const worker = await startWorker({
      url: server.url,
      queues: [smsQueue],
      pollingIntervalSeconds: 0.5,
    });
    while ((await waiting()) > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    await worker.stop();

    const figures = {
      jobs: TOTAL,
      enqueueConcurrency: CONCURRENCY,
      enqueuePerSecond: Math.round(TOTAL / enqueueSeconds),
      enqueueP50Ms: round(percentile(latencies, 50)),
      enqueueP95Ms: round(percentile(latencies, 95)),
      enqueueP99Ms: round(percentile(latencies, 99)),
      drainSeconds: round(drainSeconds),
      drainedPerSecond: Math.round(TOTAL / drainSeconds),
      workerBatchSize: smsQueue.batchSize ?? 1,
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `\n${TOTAL} SMS jobs: enqueued ${figures.enqueuePerSecond}/s (p95 ${figures.enqueueP95Ms} ms), ` +
        `drained through the outbox at ${figures.drainedPerSecond} jobs/s`,
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
