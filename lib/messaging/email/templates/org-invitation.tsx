import { Button, Text } from "@react-email/components";
import { buttonStyle, noteStyle } from "../action-link-email";
import { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { EmailLayout } from "../layout";

export const ZOrgInvitationProps = z.object({
  orgName: z.string(),
  inviterName: z.string(),
  roleLabel: z.string(),
  inviteUrl: z.url(),
  expiresInDays: z.number().int().positive(),
});

/** An invitation to join an organization, with the link that accepts it. */
export function orgInvitation(props: z.infer<typeof ZOrgInvitationProps>, t: Translate) {
  const values = { org: props.orgName, inviter: props.inviterName, role: props.roleLabel };
  return {
    subject: t("orgInvitation.subject", values),
    element: (
      <EmailLayout
        locale={t.locale}
        preview={t("orgInvitation.preview", values)}
        signature={t("signature")}
        footer={t("footer")}
      >
        <Text>{t("orgInvitation.body", values)}</Text>
        <Button href={props.inviteUrl} style={buttonStyle}>
          {t("orgInvitation.action")}
        </Button>
        <Text style={noteStyle}>
          {t("orgInvitation.linkFallback")} {props.inviteUrl}
        </Text>
        <Text style={noteStyle}>{t("orgInvitation.expiry", { days: props.expiresInDays })}</Text>
      </EmailLayout>
    ),
  };
}
