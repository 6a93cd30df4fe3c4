import { z } from "zod";
import type { Executor } from "@/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { defineQueue } from "@/lib/jobs/queue";
import { orgChannel } from "@/lib/realtime/channels";
import { publish } from "@/lib/realtime/server";

/** The event on the org channel after any booking change: the business calendar refetches. */
export const BOOKING_CHANGED = "booking.changed";
/** The event on a person's own channel when their in-app inbox changed. */
export const NOTIFICATIONS_CHANGED = "notifications.changed";

/** A person's private channel (CHANNEL_RULES lets only that user join it). */
export const userChannel = (userId: string) => `private-user-${userId}`;

/** What `useChannelEvent(orgChannel(orgId), BOOKING_CHANGED, …)` receives. */
export interface BookingChangedPayload {
  bookingIds: string[];
}

const ZLiveJob = z.object({
  orgId: z.string().optional(),
  bookingIds: z.array(z.string()).default([]),
  userIds: z.array(z.string()).default([]),
});

/**
 * Publishes booking and inbox changes. A job enqueued in the changing transaction, so screens
 * hear only of committed changes. Payloads carry ids only: each screen refetches what its
 * viewer may see.
 */
export const bookingLiveQueue = defineQueue({
  name: "booking-live",
  data: ZLiveJob,
  retryLimit: 2,
  retryDelaySeconds: 1,
  retryBackoff: false,
  expireInSeconds: 60,
  batchSize: 20,
  async handle({ orgId, bookingIds, userIds }) {
    if (orgId && bookingIds.length > 0) {
      const payload: BookingChangedPayload = { bookingIds };
      await publish(orgChannel(orgId), BOOKING_CHANGED, payload);
    }
    for (const userId of userIds) await publish(userChannel(userId), NOTIFICATIONS_CHANGED, {});
  },
});

/** Tells the org's screens that these bookings changed, once `tx` commits. */
export async function announceBookingChange(
  tx: Executor,
  orgId: string,
  ...bookingIds: string[]
): Promise<void> {
  if (bookingIds.length === 0) return;
  await enqueue(bookingLiveQueue, { orgId, bookingIds, userIds: [] }, { db: tx });
}

/** Tells these people their inbox changed, once `tx` commits. */
export async function announceInboxChange(tx: Executor, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await enqueue(bookingLiveQueue, { bookingIds: [], userIds }, { db: tx });
}
