import { z } from "zod";
import { type Executor, getDb } from "@/db/client";
import { messages } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { enqueue } from "@/lib/jobs/enqueue";
import { originColumns } from "../delivery";
import { pushQueue } from "./queue";
import { pushRefusal } from "./recipient";

export interface SendPushInput {
  userId: string;
  /** Already in the user's language (`locale`), like an SMS body. */
  title: string;
  body: string;
  /** Opened when the notification is tapped: an app path ("/work/requests/…") or URL. */
  url?: string;
  /** What kind of push this is, for usage reports (default "notification"). */
  template?: string;
  locale: Locale;
  orgId?: string;
  related?: { type: string; id: string };
}

export type SendPushResult =
  | { status: "queued"; messageId: string }
  | { status: "skipped"; messageId: string; reason: "push-off" | "no-account" };

// Web push payloads must stay under ~4 KB once encrypted.
const ZPushContent = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(1000),
  url: z.union([z.string().regex(/^\/(?!\/)/), z.url({ protocol: /^https?$/ })]).optional(),
});

/**
 * Records a push to a user as `queued` and enqueues its delivery to every browser and app
 * install they registered, in the caller's transaction when given. A user who turned push
 * off (users.notify_push) gets nothing: the attempt is recorded as failed, no job is queued.
 */
export async function sendPush(
  input: SendPushInput,
  db: Executor = getDb(),
): Promise<SendPushResult> {
  const content = ZPushContent.parse(input);
  return db.transaction(async (tx) => {
    const row = {
      channel: "push" as const,
      recipient: input.userId,
      subject: content.title,
      body: content.body,
      ...originColumns({ ...input, template: input.template ?? "notification" }),
      metadata: content.url ? { url: content.url } : {},
    };
    const refusal = await pushRefusal(input.userId, tx);
    if (refusal) {
      const [skipped] = await tx
        .insert(messages)
        .values({ ...row, status: "failed", error: refusal.error })
        .returning({ id: messages.id });
      return { status: "skipped", messageId: skipped!.id, reason: refusal.reason };
    }
    const [queued] = await tx.insert(messages).values(row).returning({ id: messages.id });
    await enqueue(pushQueue, { messageId: queued!.id }, { db: tx });
    return { status: "queued", messageId: queued!.id };
  });
}
