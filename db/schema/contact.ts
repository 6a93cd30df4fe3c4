import { sql } from "drizzle-orm";
import { check, customType, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { CONTACT_TOPICS } from "../../lib/contact/topics";

const citext = customType<{ data: string }>({ dataType: () => "citext" });

/** Messages sent through the public contact form or API (sales, support, partnerships). */
export const contactMessages = pgTable(
  "contact_messages",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    email: citext("email").notNull(),
    company: text("company"),
    topic: text("topic", { enum: CONTACT_TOPICS }).notNull(),
    message: text("message").notNull(),
    locale: text("locale").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp("handled_at", { withTimezone: true }),
  },
  (table) => [
    index("contact_messages_created_at_idx").on(table.createdAt),
    check(
      "contact_messages_topic_check",
      sql`${table.topic} in ('sales', 'support', 'partnership', 'other')`,
    ),
    check("contact_messages_message_length", sql`char_length(${table.message}) between 1 and 5000`),
  ],
);
