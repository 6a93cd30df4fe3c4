"use server";

import { formAction } from "@/lib/actions/form-action";
import { submitContactMessage, ZContactMessageInput } from "@/lib/contact";

export const sendContactMessage = formAction(
  ZContactMessageInput,
  async (input, { t, locale }) => ({
    data: await submitContactMessage(input, { locale }),
    message: t("contact.received"),
  }),
);
