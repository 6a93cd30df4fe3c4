import type { Executor } from "../client";
import { contactMessages } from "../schema";

// Fixed ids make the seed idempotent: a second run inserts nothing.
const DEMO_MESSAGES = [
  {
    id: "00000000-0000-4000-8000-00000000c001",
    name: "Arta Krasniqi",
    email: "arta@studio-arta.example",
    company: "Studio Arta",
    topic: "sales" as const,
    message: "We run a hair salon with six stylists. Can customers book and pay online?",
    locale: "sq",
  },
  {
    id: "00000000-0000-4000-8000-00000000c002",
    name: "Marcus Reed",
    email: "marcus@stagecrew.example",
    company: "Stagecrew Events",
    topic: "support" as const,
    message: "How do workers confirm a shift from the SMS link without an account?",
    locale: "en",
  },
];

export async function seedContactMessages(db: Executor): Promise<number> {
  const inserted = await db
    .insert(contactMessages)
    .values(DEMO_MESSAGES)
    .onConflictDoNothing({ target: contactMessages.id })
    .returning({ id: contactMessages.id });
  return inserted.length;
}
