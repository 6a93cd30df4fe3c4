import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { MESSAGE_CHANNELS, messages } from "@/db/schema";
import { env, outboxEnabled } from "@/lib/config/env";
import { getLogger } from "@/lib/logging/logger";

export const ZOutboxQuery = z.object({
  to: z.string().trim().min(1).optional(),
  channel: z.enum(MESSAGE_CHANNELS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZOutboxMessage = z.object({
  id: z.uuid(),
  channel: z.enum(MESSAGE_CHANNELS),
  to: z.string(),
  template: z.string(),
  locale: z.string(),
  subject: z.string().nullable(),
  body: z.string().nullable(),
  html: z.string().nullable(),
  status: z.string(),
  provider: z.string().nullable(),
  /** Where a push leads when tapped. */
  link: z.string().nullable(),
  createdAt: z.date(),
});

export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;
export type TOutboxMessage = z.infer<typeof ZOutboxMessage>;

/** The newest messages, optionally for one recipient or channel (development outbox). */
export async function listOutbox(query: TOutboxQuery): Promise<TOutboxMessage[]> {
  const filters: SQL[] = [];
  if (query.to) filters.push(eq(messages.recipient, query.to));
  if (query.channel) filters.push(eq(messages.channel, query.channel));
  return getDb()
    .select({
      id: messages.id,
      channel: messages.channel,
      to: messages.recipient,
      template: messages.template,
      locale: messages.locale,
      subject: messages.subject,
      body: messages.body,
      html: messages.html,
      status: messages.status,
      provider: messages.provider,
      link: sql<string | null>`${messages.metadata}->>'url'`,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(messages.createdAt))
    .limit(query.limit);
}

/** The outbox shows everyone's messages: in production it must be a deliberate choice. */
export function warnIfOutboxInProduction(): void {
  const config = env();
  if (config.NODE_ENV === "production" && outboxEnabled(config)) {
    getLogger().warn(
      "OUTBOX_ENABLED=true in production: undelivered email, SMS and push are kept and " +
        "shown to anyone at /dev/outbox. Use this only for demos and staging.",
    );
  }
}
