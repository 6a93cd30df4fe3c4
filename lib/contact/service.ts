import { type Executor, getDb } from "@/db/client";
import { contactMessages } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import type { TContactMessageInput, TContactMessageReceipt } from "./schemas";

export async function submitContactMessage(
  input: TContactMessageInput,
  context: { locale: Locale },
  db: Executor = getDb(),
): Promise<TContactMessageReceipt> {
  const [row] = await db
    .insert(contactMessages)
    .values({ ...input, company: input.company || null, locale: context.locale })
    .returning({ id: contactMessages.id, createdAt: contactMessages.createdAt });
  return { id: row!.id, receivedAt: row!.createdAt.toISOString() };
}
