import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { outboxEnabled } from "@/lib/config/env";
import type { JobContext } from "@/lib/jobs/queue";
import { PUBLIC_CHANNELS } from "@/lib/realtime/channels";
import { publish } from "@/lib/realtime/server";

export type Message = typeof messages.$inferSelect;

/** What every send records about a message, whatever the channel. */
export interface MessageOrigin {
  template: string;
  locale: string;
  orgId?: string;
  related?: { type: string; id: string };
}

export function originColumns(origin: MessageOrigin) {
  return {
    template: origin.template,
    locale: origin.locale,
    orgId: origin.orgId,
    relatedType: origin.related?.type,
    relatedId: origin.related?.id,
  };
}
export type MessageUpdate = Partial<typeof messages.$inferInsert>;

/**
 * The part every channel's delivery job shares: load the message, leave it alone unless it
 * is still `queued` (so a repeated job sends nothing twice), record the error of a failed
 * attempt, and mark the message `failed` after the last one.
 */
export async function deliverQueuedMessage(
  messageId: string,
  job: JobContext,
  retryLimit: number,
  deliver: (message: Message, update: (values: MessageUpdate) => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const db = getDb();
  const [message] = await db.select().from(messages).where(eq(messages.id, messageId));
  if (!message || message.status !== "queued") return;
  const update = (values: MessageUpdate) =>
    db
      .update(messages)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(messages.id, messageId));
  try {
    await deliver(message, update);
    // The outbox page follows deliveries live.
    if (outboxEnabled())
      await publish(PUBLIC_CHANNELS.outbox, "message-updated", { id: messageId });
  } catch (error) {
    await update({
      error: error instanceof Error ? error.message : String(error),
      ...(job.retryCount >= retryLimit ? { status: "failed" as const } : {}),
    });
    throw error;
  }
}

export const NO_PROVIDER_ERROR = (channel: string, variable: string) =>
  `No ${channel} provider: set ${variable} (or OUTBOX_ENABLED outside production).`;
