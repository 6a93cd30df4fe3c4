import { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { ActionLinkEmail } from "../action-link-email";

export const ZResetPasswordProps = z.object({
  name: z.string(),
  url: z.url(),
  expiresInMinutes: z.number().int().positive(),
});

/** The forgot-password link; says plainly what to do if they did not ask for it. */
export function resetPassword(props: z.infer<typeof ZResetPasswordProps>, t: Translate) {
  return {
    subject: t("resetPassword.subject"),
    element: (
      <ActionLinkEmail
        t={t}
        section="resetPassword"
        name={props.name}
        url={props.url}
        notes={[
          t("resetPassword.expiry", { minutes: props.expiresInMinutes }),
          t("resetPassword.notYou"),
        ]}
      />
    ),
  };
}
