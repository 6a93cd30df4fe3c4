import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { EmailLayout } from "../layout";

export const ZResetPasswordProps = z.object({
  name: z.string(),
  url: z.url(),
  expiresInMinutes: z.number().int().positive(),
});

const button = {
  backgroundColor: "#4338ca",
  borderRadius: 6,
  color: "#ffffff",
  fontWeight: 600,
  padding: "12px 20px",
};

/** The forgot-password link; says plainly what to do if they did not ask for it. */
export function resetPassword(props: z.infer<typeof ZResetPasswordProps>, t: Translate) {
  return {
    subject: t("resetPassword.subject"),
    element: (
      <EmailLayout
        locale={t.locale}
        preview={t("resetPassword.preview")}
        signature={t("signature")}
        footer={t("footer")}
      >
        <Text>
          {props.name
            ? t("resetPassword.greeting", { name: props.name })
            : t("resetPassword.greetingNoName")}
        </Text>
        <Text>{t("resetPassword.body")}</Text>
        <Button href={props.url} style={button}>
          {t("resetPassword.action")}
        </Button>
        <Text>{t("resetPassword.pasteLink")}</Text>
        <Link href={props.url}>{props.url}</Link>
        <Text style={{ color: "#5d6472", fontSize: 13 }}>
          {t("resetPassword.expiry", { minutes: props.expiresInMinutes })}
        </Text>
        <Text style={{ color: "#5d6472", fontSize: 13 }}>{t("resetPassword.notYou")}</Text>
      </EmailLayout>
    ),
  };
}
