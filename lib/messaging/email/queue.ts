import { eq } from "drizzle-orm";
import { Resend } from "resend";
import { z } from "zod";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { env, outboxEnabled } from "@/lib/config/env";
import { defineQueue, type JobContext } from "@/lib/jobs/queue";
import { renderEmail } from "./render";

const RETRY_LIMIT = 5;

export const emailQueue = defineQueue({
  name: "email",
  data: z.object({ messageId: z.uuid() }),
  retryLimit: RETRY_LIMIT,
  retryDelaySeconds: 30,
  retryBackoff: true,
  handle: ({ messageId }, job) => deliverEmail(messageId, job),
});

/**
 * Renders a queued email and hands it to Resend, or to the development outbox when no key
 * is set. Idempotent: a message that is no longer `queued` is left alone, and Resend gets
 * the message id as idempotency key.
 */
export async function deliverEmail(messageId: string, job: JobContext): Promise<void> {
  const db = getDb();
  const [message] = await db.select().from(messages).where(eq(messages.id, messageId));
  if (!message || message.status !== "queued") return;

  const update = (values: Partial<typeof messages.$inferInsert>) =>
    db
      .update(messages)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(messages.id, messageId));

  try {
    const props = (message.metadata as { props?: unknown } | null)?.props;
    const rendered = await renderEmail(message.template, props, message.locale);
    await update({ subject: rendered.subject, body: rendered.text, html: rendered.html });

    const config = env();
    if (config.RESEND_API_KEY) {
      const { data, error } = await new Resend(config.RESEND_API_KEY).emails.send(
        {
          from: config.EMAIL_FROM,
          to: message.recipient,
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
        },
        { idempotencyKey: `message-${messageId}` },
      );
      if (error || !data) throw new Error(`Resend refused the email: ${error?.message ?? "no id"}`);
      await update({ status: "sent", provider: "resend", providerId: data.id, sentAt: new Date() });
    } else if (outboxEnabled(config)) {
      await update({ status: "sent", provider: "outbox", sentAt: new Date() });
    } else {
      await update({
        status: "failed",
        error: "No email provider: set RESEND_API_KEY (or OUTBOX_ENABLED outside production).",
      });
    }
  } catch (error) {
    const finalAttempt = job.retryCount >= RETRY_LIMIT;
    await update({
      error: error instanceof Error ? error.message : String(error),
      ...(finalAttempt ? { status: "failed" as const } : {}),
    });
    throw error;
  }
}
