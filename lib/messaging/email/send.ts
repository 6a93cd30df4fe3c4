import { type Executor, getDb } from "@/db/client";
import { messages } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { enqueue } from "@/lib/jobs/enqueue";
import { originColumns } from "../delivery";
import { emailQueue } from "./queue";
import { type EmailTemplateName, type EmailTemplateProps, emailTemplates } from "./templates";

export interface SendEmailInput<N extends EmailTemplateName> {
  to: string;
  template: N;
  props: EmailTemplateProps<N>;
  locale: Locale;
  orgId?: string;
  related?: { type: string; id: string };
}

/**
 * Records an email as `queued` and enqueues its delivery, in one transaction (the caller's,
 * when given): no email for a change that rolls back, none lost for one that commits.
 */
export async function sendEmail<N extends EmailTemplateName>(
  input: SendEmailInput<N>,
  db: Executor = getDb(),
): Promise<string> {
  const props = emailTemplates[input.template].props.parse(input.props);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(messages)
      .values({
        channel: "email",
        recipient: input.to,
        ...originColumns(input),
        metadata: { props },
      })
      .returning({ id: messages.id });
    await enqueue(emailQueue, { messageId: row!.id }, { db: tx });
    return row!.id;
  });
}
