import { Text } from "@react-email/components";
import { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { EmailLayout } from "../layout";

export const ZContactReceivedProps = z.object({
  name: z.string(),
  topic: z.string(),
  message: z.string(),
});

/** Acknowledges a message sent through the contact form. */
export function contactReceived(props: z.infer<typeof ZContactReceivedProps>, t: Translate) {
  return {
    subject: t("contactReceived.subject"),
    element: (
      <EmailLayout
        locale={t.locale}
        preview={t("contactReceived.preview")}
        signature={t("signature")}
        footer={t("footer")}
      >
        <Text>{t("contactReceived.greeting", { name: props.name })}</Text>
        <Text>{t("contactReceived.body", { topic: props.topic })}</Text>
        <Text style={{ color: "#5d6472", fontSize: 13 }}>{t("contactReceived.quoteLabel")}:</Text>
        <Text style={{ borderLeft: "3px solid #e3e5ea", paddingLeft: 12, whiteSpace: "pre-wrap" }}>
          {props.message}
        </Text>
      </EmailLayout>
    ),
  };
}
