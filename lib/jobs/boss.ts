import PgBoss from "pg-boss";
import { databaseUrl } from "@/db/client";
import { getLogger } from "@/lib/logging/logger";
import { deadLetterQueueName, type QueueDefinition } from "./queue";

export const BOSS_SCHEMA = "pgboss";

/** A started pg-boss on the application's database; `worker` also runs maintenance and cron. */
export async function startBoss(role: "producer" | "worker", url = databaseUrl()): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    application_name: `callboard-${role}`,
    max: role === "worker" ? 4 : 2,
    supervise: role === "worker",
    schedule: role === "worker",
    migrate: true,
  });
  boss.on("error", (error) => getLogger().error({ err: error }, "pg-boss error"));
  await boss.start();
  return boss;
}

/** Creates each queue (and its dead-letter queue) or updates its retry policy. */
export async function ensureQueues(boss: PgBoss, queues: QueueDefinition[]): Promise<void> {
  for (const queue of queues) {
    const deadLetter = deadLetterQueueName(queue.name);
    const policy = {
      retryLimit: queue.retryLimit,
      retryDelay: queue.retryDelaySeconds,
      retryBackoff: queue.retryBackoff,
      expireInSeconds: queue.expireInSeconds ?? 15 * 60,
      deadLetter,
    };
    if (!(await boss.getQueue(deadLetter))) {
      await boss.createQueue(deadLetter, { name: deadLetter, retentionDays: 30 });
    }
    if (await boss.getQueue(queue.name))
      await boss.updateQueue(queue.name, { name: queue.name, ...policy });
    else await boss.createQueue(queue.name, { name: queue.name, ...policy });
  }
}
