import { z } from "zod";
import type { Executor } from "@/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { defineQueue } from "@/lib/jobs/queue";
import { orgChannel } from "@/lib/realtime/channels";
import { publish } from "@/lib/realtime/server";

/** The one event name on the org channel for staffing changes; screens refetch on it. */
export const STAFFING_CHANGED = "staffing.changed";

const ZStaffingChange = z.object({
  kind: z.enum(["request", "requirement", "call-time", "event", "time-entry", "notification"]),
  eventId: z.string().optional(),
  callTimeId: z.string().optional(),
  requirementId: z.string().optional(),
  requestId: z.string().optional(),
});
export type StaffingChange = z.infer<typeof ZStaffingChange>;

/** What `useChannelEvent(orgChannel(orgId), STAFFING_CHANGED, …)` receives. */
export interface StaffingChangedPayload {
  changes: StaffingChange[];
}

/**
 * Publishes staffing changes on the org channel. A job, not a direct call: it is enqueued in
 * the transaction that makes the change, so a screen is told only about committed changes
 * (and never about a rolled-back one).
 */
export const staffingLiveQueue = defineQueue({
  name: "staffing-live",
  data: z.object({ orgId: z.string(), changes: z.array(ZStaffingChange).min(1) }),
  retryLimit: 2,
  retryDelaySeconds: 1,
  retryBackoff: false,
  expireInSeconds: 60,
  batchSize: 20,
  async handle({ orgId, changes }) {
    const payload: StaffingChangedPayload = { changes };
    await publish(orgChannel(orgId), STAFFING_CHANGED, payload);
  },
});

/** Announces changes once `tx` commits. Payloads carry ids only: members refetch what they may see. */
export async function announce(
  tx: Executor,
  orgId: string,
  ...changes: StaffingChange[]
): Promise<void> {
  if (changes.length === 0) return;
  await enqueue(staffingLiveQueue, { orgId, changes }, { db: tx });
}
