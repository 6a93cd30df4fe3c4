import { Button, Text } from "@react-email/components";
import { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { buttonStyle, noteStyle } from "../action-link-email";
import { EmailLayout } from "../layout";

export const ZBookingClientInvitationProps = z.object({
  businessName: z.string(),
  clientName: z.string(),
  acceptUrl: z.url(),
  expiresInDays: z.number().int().positive(),
});

/** A business invites one of its clients to book and follow it on Callboard. */
export function bookingClientInvitation(
  props: z.infer<typeof ZBookingClientInvitationProps>,
  t: Translate,
) {
  const values = { business: props.businessName, name: props.clientName };
  return {
    subject: t("bookingClientInvitation.subject", values),
    element: (
      <EmailLayout
        locale={t.locale}
        preview={t("bookingClientInvitation.preview", values)}
        signature={t("signature")}
        footer={t("footer")}
      >
        <Text>{t("bookingClientInvitation.greeting", values)}</Text>
        <Text>{t("bookingClientInvitation.body", values)}</Text>
        <Button href={props.acceptUrl} style={buttonStyle}>
          {t("bookingClientInvitation.action")}
        </Button>
        <Text style={noteStyle}>
          {t("bookingClientInvitation.linkFallback")} {props.acceptUrl}
        </Text>
        <Text style={noteStyle}>
          {t("bookingClientInvitation.expiry", { days: props.expiresInDays })}
        </Text>
      </EmailLayout>
    ),
  };
}
