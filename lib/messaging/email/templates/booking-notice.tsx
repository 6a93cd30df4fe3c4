import { Button, Column, Row, Section, Text } from "@react-email/components";
import { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { buttonStyle } from "../action-link-email";
import { EmailLayout } from "../layout";

/**
 * Every marketplace notice (booked, confirmed, rejected, rescheduled, canceled, reminder,
 * ratings and replies): the texts arrive already written in the recipient's language by
 * `lib/booking/notify.ts`, so the email, the push and the in-app line say the same thing.
 */
export const ZBookingNoticeProps = z.object({
  subject: z.string().min(1).max(200),
  body: z.string().max(2000),
  details: z
    .array(z.object({ label: z.string().max(100), value: z.string().max(500) }))
    .max(10)
    .default([]),
  actionLabel: z.string().min(1).max(100),
  actionUrl: z.url(),
});

const labelStyle = { color: "#5d6472", fontSize: 13, margin: "4px 0", width: "30%" };
const valueStyle = { fontSize: 14, margin: "4px 0" };

export function bookingNotice(props: z.infer<typeof ZBookingNoticeProps>, t: Translate) {
  return {
    subject: props.subject,
    element: (
      <EmailLayout
        locale={t.locale}
        preview={props.body}
        signature={t("signature")}
        footer={t("footer")}
      >
        <Text style={{ fontSize: 18, fontWeight: 600 }}>{props.subject}</Text>
        <Text>{props.body}</Text>
        {props.details.length > 0 ? (
          <Section style={{ borderTop: "1px solid #e3e5ea", borderBottom: "1px solid #e3e5ea" }}>
            {props.details.map((detail) => (
              <Row key={detail.label}>
                <Column style={labelStyle}>{detail.label}</Column>
                <Column style={valueStyle}>{detail.value}</Column>
              </Row>
            ))}
          </Section>
        ) : null}
        <Button href={props.actionUrl} style={{ ...buttonStyle, marginTop: 16 }}>
          {props.actionLabel}
        </Button>
      </EmailLayout>
    ),
  };
}
