import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Each running job worker's last sign of life; health checks read it. */
export const jobWorkerHeartbeats = pgTable("job_worker_heartbeats", {
  workerId: text("worker_id").primaryKey(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  beatAt: timestamp("beat_at", { withTimezone: true }).notNull(),
});
