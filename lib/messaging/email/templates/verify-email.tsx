import { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { ActionLinkEmail } from "../action-link-email";

export const ZVerifyEmailProps = z.object({
  name: z.string(),
  url: z.url(),
  expiresInHours: z.number().int().positive(),
});

/** Sent on sign-up (and on resend): the link that proves the address is theirs. */
export function verifyEmail(props: z.infer<typeof ZVerifyEmailProps>, t: Translate) {
  return {
    subject: t("verifyEmail.subject"),
    element: (
      <ActionLinkEmail
        t={t}
        section="verifyEmail"
        name={props.name}
        url={props.url}
        notes={[t("verifyEmail.expiry", { hours: props.expiresInHours })]}
      />
    ),
  };
}
