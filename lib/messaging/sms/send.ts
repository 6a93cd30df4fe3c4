import { and, count, eq, gte, ne, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { env } from "@/lib/config/env";
import { RateLimitError, ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { enqueue } from "@/lib/jobs/enqueue";
import { originColumns } from "../delivery";
import { isOptedOut } from "./opt-outs";
import { toE164 } from "./phone";
import { smsQueue } from "./queue";
import { countSegments } from "./segments";

export interface SendSmsInput {
  to: string;
  body: string;
  /** What kind of text this is, for usage reports (e.g. "labor-request"). */
  template: string;
  locale: Locale;
  orgId?: string;
  related?: { type: string; id: string };
}

export type SendSmsResult =
  | { status: "queued"; messageId: string; to: string; segments: number }
  | { status: "opted-out"; messageId: string; to: string };

const secondsUntilMidnightUtc = () => {
  const now = new Date();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.ceil((midnight - now.getTime()) / 1000);
};

/**
 * Queues an SMS in the caller's transaction: normalizes the number to E.164, respects the
 * opt-out list (the attempt is logged as failed, nothing is sent) and the daily caps per
 * recipient and per organization (a 429). Per-recipient and per-org advisory locks make the
 * caps hold under concurrent sends.
 */
export async function sendSms(input: SendSmsInput, db: Executor = getDb()): Promise<SendSmsResult> {
  const config = env();
  const to = toE164(input.to, config.SMS_DEFAULT_COUNTRY);
  if (!to) throw new ValidationError({ to: ["validation.phone"] });
  const { segments, encoding } = countSegments(input.body);

  return db.transaction(async (tx) => {
    const row = {
      channel: "sms" as const,
      recipient: to,
      body: input.body,
      ...originColumns(input),
      metadata: { segments, encoding },
    };
    if (await isOptedOut(to, tx)) {
      const [skipped] = await tx
        .insert(messages)
        .values({ ...row, status: "failed", error: "The recipient opted out (STOP)." })
        .returning({ id: messages.id });
      return { status: "opted-out", messageId: skipped!.id, to };
    }

    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sms:${to}`}))`);
    if (input.orgId)
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sms:${input.orgId}`}))`);
    const today = sql`date_trunc('day', now() at time zone 'utc') at time zone 'utc'`;
    const sentToday = (scope: ReturnType<typeof eq>) =>
      tx
        .select({ total: count() })
        .from(messages)
        .where(
          and(
            eq(messages.channel, "sms"),
            ne(messages.status, "failed"),
            gte(messages.createdAt, today),
            scope,
          ),
        )
        .then(([result]) => result?.total ?? 0);
    if ((await sentToday(eq(messages.recipient, to))) >= config.SMS_DAILY_LIMIT_PER_RECIPIENT) {
      throw new RateLimitError(secondsUntilMidnightUtc(), "sms.recipientDailyLimit");
    }
    if (
      input.orgId &&
      (await sentToday(eq(messages.orgId, input.orgId))) >= config.SMS_DAILY_LIMIT_PER_ORG
    ) {
      throw new RateLimitError(secondsUntilMidnightUtc(), "sms.orgDailyLimit");
    }

    const [queued] = await tx.insert(messages).values(row).returning({ id: messages.id });
    await enqueue(smsQueue, { messageId: queued!.id }, { db: tx });
    return { status: "queued", messageId: queued!.id, to, segments };
  });
}
