import { z } from "zod";
import { appUrl, env, outboxEnabled, twilioConfigured } from "@/lib/config/env";
import { defineQueue, type JobContext } from "@/lib/jobs/queue";
import { deliverQueuedMessage, NO_PROVIDER_ERROR } from "../delivery";
import { isOptedOut } from "./opt-outs";
import { twilioClient } from "./twilio-client";

const RETRY_LIMIT = 4;

export const smsQueue = defineQueue({
  name: "sms",
  data: z.object({ messageId: z.uuid() }),
  retryLimit: RETRY_LIMIT,
  retryDelaySeconds: 20,
  retryBackoff: true,
  batchSize: 25,
  handle: ({ messageId }, job) => deliverSms(messageId, job),
});

/**
 * Sends a queued SMS through Twilio, or to the development outbox without an account.
 * Checks the opt-out list again: the recipient may have texted STOP since it was queued.
 */
export function deliverSms(messageId: string, job: JobContext): Promise<void> {
  return deliverQueuedMessage(messageId, job, RETRY_LIMIT, async (message, update) => {
    if (await isOptedOut(message.recipient)) {
      await update({ status: "failed", error: "The recipient opted out (STOP)." });
      return;
    }
    const config = env();
    if (twilioConfigured(config)) {
      const sent = await twilioClient().messages.create({
        to: message.recipient,
        body: message.body ?? "",
        ...(config.TWILIO_MESSAGING_SERVICE_SID
          ? { messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID }
          : { from: config.TWILIO_FROM_NUMBER }),
        statusCallback: `${appUrl(config)}/api/webhooks/twilio/status`,
      });
      await update({
        status: "sent",
        provider: "twilio",
        providerId: sent.sid,
        sentAt: new Date(),
      });
    } else if (outboxEnabled(config)) {
      await update({ status: "sent", provider: "outbox", sentAt: new Date() });
    } else {
      await update({ status: "failed", error: NO_PROVIDER_ERROR("SMS", "TWILIO_*") });
    }
  });
}
