import { Resend } from "resend";
import { z } from "zod";
import { env, outboxEnabled } from "@/lib/config/env";
import { defineQueue, type JobContext } from "@/lib/jobs/queue";
import { deliverQueuedMessage, NO_PROVIDER_ERROR } from "../delivery";
import { renderEmail } from "./render";

const RETRY_LIMIT = 5;

export const emailQueue = defineQueue({
  name: "email",
  data: z.object({ messageId: z.uuid() }),
  retryLimit: RETRY_LIMIT,
  retryDelaySeconds: 30,
  retryBackoff: true,
  batchSize: 5,
  handle: ({ messageId }, job) => deliverEmail(messageId, job),
});

/**
 * Renders a queued email and hands it to Resend (the message id is its idempotency key),
 * or to the development outbox when no key is set.
 */
export function deliverEmail(messageId: string, job: JobContext): Promise<void> {
  return deliverQueuedMessage(messageId, job, RETRY_LIMIT, async (message, update) => {
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
      await update({ status: "failed", error: NO_PROVIDER_ERROR("email", "RESEND_API_KEY") });
    }
  });
}
