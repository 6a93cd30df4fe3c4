import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { createConnection } from "@/db/client";
import { jobWorkerHeartbeats } from "@/db/schema";
import { getLogger } from "@/lib/logging/logger";
import { ensureQueues, startBoss } from "./boss";
import type { QueueDefinition } from "./queue";
import type { Schedule } from "./schedules";

export const HEARTBEAT_SECONDS = 10;

export interface RunningWorker {
  id: string;
  stop(): Promise<void>;
}

/**
 * Runs every given queue's handler (one job at a time per queue), registers the cron
 * schedules, and beats a heartbeat row so health checks know a worker is alive.
 */
export async function startWorker(options: {
  url: string;
  queues: QueueDefinition[];
  schedules?: Schedule[];
  pollingIntervalSeconds?: number;
}): Promise<RunningWorker> {
  const log = getLogger().child({ component: "worker" });
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const boss = await startBoss("worker", options.url);
  await ensureQueues(boss, options.queues);

  for (const queue of options.queues) {
    const batchSize = queue.batchSize ?? 1;
    let workerId = "";
    const run = async (job: PgBoss.JobWithMetadata) => {
      const jobLog = log.child({ queue: queue.name, jobId: job.id, attempt: job.retryCount + 1 });
      try {
        await queue.handle(queue.data.parse(job.data), { id: job.id, retryCount: job.retryCount });
        jobLog.debug("job done");
      } catch (error) {
        jobLog.warn({ err: error }, "job failed");
        // Fail just this job (retried per the queue's policy); pg-boss completes the rest of
        // the batch, and completing skips jobs that are no longer active.
        const message = error instanceof Error ? error.message : String(error);
        await boss.fail(queue.name, job.id, { message });
      }
    };
    workerId = await boss.work(
      queue.name,
      {
        batchSize,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1,
        includeMetadata: true,
      },
      async (jobs: PgBoss.JobWithMetadata[]) => {
        await Promise.all(jobs.map(run));
        // A full batch means more may be waiting: fetch again without the polling pause.
        if (jobs.length === batchSize) boss.notifyWorker(workerId);
      },
    );
  }
  await syncSchedules(boss, options.schedules ?? []);

  const { sql, db } = createConnection(options.url, 1);
  const beat = () =>
    db
      .insert(jobWorkerHeartbeats)
      .values({ workerId: id, startedAt: new Date(), beatAt: new Date() })
      .onConflictDoUpdate({ target: jobWorkerHeartbeats.workerId, set: { beatAt: new Date() } });
  await beat();
  const timer = setInterval(() => {
    beat().catch((error: unknown) => log.warn({ err: error }, "heartbeat failed"));
  }, HEARTBEAT_SECONDS * 1000);
  log.info({ id, queues: options.queues.map((queue) => queue.name) }, "job worker started");

  return {
    id,
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await db.delete(jobWorkerHeartbeats).where(eq(jobWorkerHeartbeats.workerId, id));
      await sql.end();
      log.info({ id }, "job worker stopped");
    },
  };
}

/** Makes pg-boss's cron table match the code: add or update each, remove the rest. */
async function syncSchedules(boss: PgBoss, schedules: Schedule[]) {
  const wanted = new Set(schedules.map((schedule) => schedule.queue.name));
  for (const existing of await boss.getSchedules()) {
    if (!wanted.has(existing.name)) await boss.unschedule(existing.name);
  }
  for (const schedule of schedules) {
    await boss.schedule(schedule.queue.name, schedule.cron, schedule.data as object, {
      tz: schedule.timeZone ?? "UTC",
    });
  }
}
