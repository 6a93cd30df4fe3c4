import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const MESSAGE_CHANNELS = ["email", "sms", "push"] as const;
export const MESSAGE_STATUSES = ["queued", "sent", "delivered", "failed"] as const;

/**
 * Every email, SMS and push the platform sends (or would send: without provider keys they
 * land here as the development outbox). Usage reports and the outbox page read it.
 */
export const messages = pgTable(
  "messages",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    orgId: uuid("org_id"),
    channel: text("channel", { enum: MESSAGE_CHANNELS }).notNull(),
    recipient: text("recipient").notNull(),
    template: text("template").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject"),
    /** Filled when the job renders the template. */
    body: text("body"),
    html: text("html"),
    status: text("status", { enum: MESSAGE_STATUSES }).notNull().default("queued"),
    /** "outbox" when no provider is configured. */
    provider: text("provider"),
    providerId: text("provider_id"),
    error: text("error"),
    relatedType: text("related_type"),
    relatedId: text("related_id"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (table) => [
    index("messages_recipient_created_idx").on(table.recipient, table.createdAt),
    index("messages_org_created_idx").on(table.orgId, table.createdAt),
    index("messages_provider_id_idx").on(table.providerId),
    check("messages_channel_check", sql`${table.channel} in ('email', 'sms', 'push')`),
    check(
      "messages_status_check",
      sql`${table.status} in ('queued', 'sent', 'delivered', 'failed')`,
    ),
  ],
);
