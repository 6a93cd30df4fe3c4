import { z } from "zod";
import { appUrl, env, outboxEnabled } from "@/lib/config/env";
import { defineQueue, type JobContext } from "@/lib/jobs/queue";
import {
  forgetDevices,
  forgetPushSubscriptions,
  listPushTargets,
  markPushSubscriptionsUsed,
} from "@/lib/push";
import { deliverQueuedMessage, type Message, NO_PROVIDER_ERROR } from "../delivery";
import { fcmServiceAccount, webPushSettings } from "./config";
import { sendFcm } from "./fcm";
import type { PushContent, PushOutcome } from "./provider";
import { pushRefusal } from "./recipient";
import { sendWebPush } from "./web-push";

const RETRY_LIMIT = 4;

export const pushQueue = defineQueue({
  name: "push",
  data: z.object({ messageId: z.uuid() }),
  retryLimit: RETRY_LIMIT,
  retryDelaySeconds: 15,
  retryBackoff: true,
  batchSize: 10,
  handle: ({ messageId }, job) => deliverPush(messageId, job),
});

interface Attempt {
  kind: "web-push" | "fcm";
  targetId: string;
  send(): Promise<PushOutcome>;
}

function contentOf(message: Message): PushContent {
  const url = (message.metadata as { url?: string } | null)?.url;
  return {
    messageId: message.id,
    title: message.subject ?? "",
    body: message.body ?? "",
    url: url ? new URL(url, appUrl()).toString() : undefined,
  };
}

/**
 * Delivers a queued push to each of the user's browsers (web push, with VAPID keys) and app
 * installs (FCM, with a service account); without either, to the development outbox.
 * Targets the provider reports gone are deleted. One target reached makes the push sent
 * (the other targets' errors are kept on the message); a retry happens only when none was
 * reached, so a retry never pushes twice to the same device.
 */
export function deliverPush(messageId: string, job: JobContext): Promise<void> {
  return deliverQueuedMessage(messageId, job, RETRY_LIMIT, async (message, update) => {
    // The user may have turned push off (or left) since it was queued.
    const refusal = await pushRefusal(message.recipient);
    if (refusal) {
      await update({ status: "failed", error: refusal.error });
      return;
    }

    const config = env();
    const webPush = webPushSettings(config);
    const fcm = fcmServiceAccount(config);
    if (!webPush && !fcm) {
      if (outboxEnabled(config)) {
        await update({ status: "delivered", provider: "outbox", sentAt: new Date() });
      } else {
        const variables = "VAPID_* or FIREBASE_SERVICE_ACCOUNT";
        await update({ status: "failed", error: NO_PROVIDER_ERROR("push", variables) });
      }
      return;
    }

    const content = contentOf(message);
    const targets = await listPushTargets(message.recipient);
    const attempts: Attempt[] = [
      ...(webPush
        ? targets.subscriptions.map((target) => ({
            kind: "web-push" as const,
            targetId: target.id,
            send: () => sendWebPush(target, content, webPush),
          }))
        : []),
      ...(fcm
        ? targets.devices.map((device) => ({
            kind: "fcm" as const,
            targetId: device.id,
            send: () => sendFcm(device.token, content, fcm),
          }))
        : []),
    ];
    if (attempts.length === 0) {
      await update({
        status: "failed",
        error: "The recipient has no browser or app install registered for push.",
      });
      return;
    }

    const results = await Promise.allSettled(attempts.map((attempt) => attempt.send()));
    const reached = attempts.filter((_, i) => resultOf(results[i]!) === "sent");
    const gone = attempts.filter((_, i) => resultOf(results[i]!) === "gone");
    const errors = results.flatMap((result) =>
      result.status === "rejected" ? [messageOf(result.reason)] : [],
    );
    await forgetPushSubscriptions(idsOf(gone, "web-push"));
    await forgetDevices(idsOf(gone, "fcm"));
    await markPushSubscriptionsUsed(idsOf(reached, "web-push"));
    const deliveries = attempts.map((attempt, i) => ({
      kind: attempt.kind,
      targetId: attempt.targetId,
      outcome: resultOf(results[i]!),
    }));
    const metadata = { ...message.metadata, deliveries };

    if (reached.length > 0) {
      await update({
        status: "sent",
        provider: [...new Set(reached.map((attempt) => attempt.kind))].join("+"),
        sentAt: new Date(),
        error: errors.length ? errors.join("\n") : null,
        metadata,
      });
    } else if (errors.length > 0) {
      await update({ metadata });
      throw new Error(errors.join("\n"));
    } else {
      await update({
        status: "failed",
        error: "Every registered browser and app install has unsubscribed.",
        metadata,
      });
    }
  });
}

function resultOf(result: PromiseSettledResult<PushOutcome>): "sent" | "gone" | "failed" {
  return result.status === "fulfilled" ? result.value.status : "failed";
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

function idsOf(attempts: Attempt[], kind: Attempt["kind"]): string[] {
  return attempts.filter((attempt) => attempt.kind === kind).map((attempt) => attempt.targetId);
}
