import { lt } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { defineQueue } from "@/lib/jobs/queue";

/** Deletes message log rows older than the retention period (run daily by cron). */
export const pruneMessagesQueue = defineQueue({
  name: "messages-prune",
  data: z.object({ olderThanDays: z.number().int().min(30).default(400) }),
  retryLimit: 3,
  retryDelaySeconds: 60,
  retryBackoff: true,
  async handle({ olderThanDays }) {
    const cutoff = new Date(Date.now() - olderThanDays * 24 * 60 * 60 * 1000);
    await getDb().delete(messages).where(lt(messages.createdAt, cutoff));
  },
});
