import type { ReactElement } from "react";
import type { z } from "zod";
import type { Translate } from "@/lib/i18n/translator";
import { bookingNotice, ZBookingNoticeProps } from "./booking-notice";
import {
  bookingClientInvitation,
  ZBookingClientInvitationProps,
} from "./booking-client-invitation";
import { contactReceived, ZContactReceivedProps } from "./contact-received";
import { orgInvitation, ZOrgInvitationProps } from "./org-invitation";
import { resetPassword, ZResetPasswordProps } from "./reset-password";
import { verifyEmail, ZVerifyEmailProps } from "./verify-email";

interface EmailTemplate<P> {
  props: z.ZodType<P>;
  build(props: P, t: Translate): { subject: string; element: ReactElement };
}

const template = <P>(props: z.ZodType<P>, build: EmailTemplate<P>["build"]): EmailTemplate<P> => ({
  props,
  build,
});

/** Every email the platform sends, by name. A module adds its templates here. */
export const emailTemplates = {
  "contact-received": template(ZContactReceivedProps, contactReceived),
  "org-invitation": template(ZOrgInvitationProps, orgInvitation),
  "verify-email": template(ZVerifyEmailProps, verifyEmail),
  "reset-password": template(ZResetPasswordProps, resetPassword),
  "booking-client-invitation": template(ZBookingClientInvitationProps, bookingClientInvitation),
  "booking-notice": template(ZBookingNoticeProps, bookingNotice),
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateProps<N extends EmailTemplateName> = z.infer<
  (typeof emailTemplates)[N]["props"]
>;
