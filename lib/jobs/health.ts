import { gt } from "drizzle-orm";
import { getDb, getSql } from "@/db/client";
import { jobWorkerHeartbeats } from "@/db/schema";
import { ServiceUnavailableError } from "@/lib/errors";
import { BOSS_SCHEMA } from "./boss";
import type { TJobsHealth } from "./schemas";
import { HEARTBEAT_SECONDS } from "./worker";

/** A worker that missed three beats is gone. */
const STALE_AFTER_SECONDS = HEARTBEAT_SECONDS * 3;

export async function getJobsHealth(): Promise<TJobsHealth> {
  const aliveSince = new Date(Date.now() - STALE_AFTER_SECONDS * 1000);
  const workers = await getDb()
    .select({ id: jobWorkerHeartbeats.workerId })
    .from(jobWorkerHeartbeats)
    .where(gt(jobWorkerHeartbeats.beatAt, aliveSince));
  if (workers.length === 0) throw new ServiceUnavailableError("health.workerDown");

  const exists = await getSql()`select to_regclass(${`${BOSS_SCHEMA}.queue`}) is not null as ok`;
  const rows = exists[0]?.ok
    ? await getSql().unsafe<
        { name: string; waiting: number; failed: number; oldestSeconds: number | null }[]
      >(
        `select q.name,
                count(j.id) filter (where j.state in ('created', 'retry'))::int as waiting,
                count(j.id) filter (where j.state = 'failed')::int as failed,
                extract(epoch from now() - min(j.created_on)
                  filter (where j.state in ('created', 'retry')))::int as "oldestSeconds"
           from ${BOSS_SCHEMA}.queue q
           left join ${BOSS_SCHEMA}.job j on j.name = q.name
          where not starts_with(q.name, '__pgboss__') -- pg-boss's own cron queue
          group by q.name order by q.name`,
      )
    : [];
  return {
    status: "ok",
    workers: workers.length,
    queues: rows.map((row) => ({
      name: row.name,
      waiting: row.waiting,
      failed: row.failed,
      oldestWaitingSeconds: row.oldestSeconds === null ? null : Math.max(0, row.oldestSeconds),
    })),
  };
}
