import { pruneMessagesQueue } from "@/lib/messaging/retention";
import type { QueueDefinition } from "./queue";

/** Every queue the worker runs. A module adds its queues here. */
export function allQueues(): QueueDefinition[] {
  return [pruneMessagesQueue as QueueDefinition];
}
