import { ratingAveragesQueue } from "@/lib/booking/rating-averages";
import { bookingCompletionQueue } from "@/lib/booking/completion";
import { bookingLiveQueue } from "@/lib/booking/live";
import { bookingRemindersQueue } from "@/lib/booking/reminders";
import { emailQueue, pruneMessagesQueue, pushQueue, smsQueue } from "@/lib/messaging";
import { staffingAutoWithdrawQueue } from "@/lib/staffing/auto-withdraw";
import { staffingLiveQueue } from "@/lib/staffing/live";
import { staffingRemindersQueue } from "@/lib/staffing/reminders";
import { staffingSendQueue } from "@/lib/staffing/sending.queue";
import type { QueueDefinition } from "./queue";

/** Every queue the worker runs. A module adds its queues here. */
export function allQueues(): QueueDefinition[] {
  return [
    emailQueue,
    smsQueue,
    pushQueue,
    pruneMessagesQueue,
    staffingLiveQueue,
    staffingRemindersQueue,
    staffingAutoWithdrawQueue,
    staffingSendQueue,
    bookingLiveQueue,
    bookingRemindersQueue,
    bookingCompletionQueue,
    ratingAveragesQueue,
  ] as QueueDefinition[];
}
