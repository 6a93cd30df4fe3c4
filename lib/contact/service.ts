import { type Executor, getDb } from "@/db/client";
import { contactMessages } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { sendEmail } from "@/lib/messaging";
import type { TContactMessageInput, TContactMessageReceipt } from "./schemas";

export async function submitContactMessage(
  input: TContactMessageInput,
  context: { locale: Locale },
  db: Executor = getDb(),
): Promise<TContactMessageReceipt> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contactMessages)
      .values({ ...input, company: input.company || null, locale: context.locale })
      .returning({ id: contactMessages.id, createdAt: contactMessages.createdAt });
    // The acknowledgement goes out only if the message is stored.
    await sendEmail(
      {
        to: input.email,
        template: "contact-received",
        props: {
          name: input.name,
          topic: getTranslator(context.locale, "contact")(`topics.${input.topic}`),
          message: input.message,
        },
        locale: context.locale,
        related: { type: "contact_message", id: row!.id },
      },
      tx,
    );
    return { id: row!.id, receivedAt: row!.createdAt.toISOString() };
  });
}
