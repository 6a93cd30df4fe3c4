import { ratingAveragesQueue } from "@/lib/booking/rating-averages";
import { bookingCompletionQueue } from "@/lib/booking/completion";
import { bookingRemindersQueue } from "@/lib/booking/reminders";
import { pruneMessagesQueue } from "@/lib/messaging/retention";
import { staffingAutoWithdrawQueue } from "@/lib/staffing/auto-withdraw";
import { staffingRemindersQueue } from "@/lib/staffing/reminders";
import type { QueueDefinition } from "./queue";

export interface Schedule {
  queue: QueueDefinition<never>;
  /** Five-field cron, evaluated in `timeZone` (UTC by default). */
  cron: string;
  data: unknown;
  timeZone?: string;
}

/** Every recurring job, registered by the worker at start (removed ones are unscheduled). */
export const schedules: Schedule[] = [
  {
    queue: pruneMessagesQueue as QueueDefinition<never>,
    cron: "30 3 * * *",
    data: { olderThanDays: 400 },
  },
  // Every five minutes: a reminder or a withdrawal is at most five minutes late.
  { queue: staffingRemindersQueue as QueueDefinition<never>, cron: "*/5 * * * *", data: {} },
  { queue: staffingAutoWithdrawQueue as QueueDefinition<never>, cron: "*/5 * * * *", data: {} },
  // Bookings: reminders at most five minutes late; past bookings completed within five.
  { queue: bookingRemindersQueue as QueueDefinition<never>, cron: "*/5 * * * *", data: {} },
  { queue: bookingCompletionQueue as QueueDefinition<never>, cron: "*/5 * * * *", data: {} },
  // Nightly repair of every business's rating averages (each change also queues one).
  { queue: ratingAveragesQueue as QueueDefinition<never>, cron: "15 2 * * *", data: {} },
];
