import { emailQueue, pruneMessagesQueue, pushQueue, smsQueue } from "@/lib/messaging";
import type { QueueDefinition } from "./queue";

/** Every queue the worker runs. A module adds its queues here. */
export function allQueues(): QueueDefinition[] {
  return [emailQueue, smsQueue, pushQueue, pruneMessagesQueue] as QueueDefinition[];
}
