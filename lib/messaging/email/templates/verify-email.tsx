import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { EmailLayout } from "../layout";

export const ZVerifyEmailProps = z.object({
  name: z.string(),
  url: z.url(),
  expiresInHours: z.number().int().positive(),
});

const button = {
  backgroundColor: "#4338ca",
  borderRadius: 6,
  color: "#ffffff",
  fontWeight: 600,
  padding: "12px 20px",
};

/** Sent on sign-up (and on resend): the link that proves the address is theirs. */
export function verifyEmail(props: z.infer<typeof ZVerifyEmailProps>, t: Translate) {
  return {
    subject: t("verifyEmail.subject"),
    element: (
      <EmailLayout
        locale={t.locale}
        preview={t("verifyEmail.preview")}
        signature={t("signature")}
        footer={t("footer")}
      >
        <Text>
          {props.name
            ? t("verifyEmail.greeting", { name: props.name })
            : t("verifyEmail.greetingNoName")}
        </Text>
        <Text>{t("verifyEmail.body")}</Text>
        <Button href={props.url} style={button}>
          {t("verifyEmail.action")}
        </Button>
        <Text>{t("verifyEmail.pasteLink")}</Text>
        <Link href={props.url}>{props.url}</Link>
        <Text style={{ color: "#5d6472", fontSize: 13 }}>
          {t("verifyEmail.expiry", { hours: props.expiresInHours })}
        </Text>
      </EmailLayout>
    ),
  };
}
