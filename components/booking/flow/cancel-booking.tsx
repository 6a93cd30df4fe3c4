"use client";

import { CalendarX2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionDialog, type FormActionFn } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { textareaClass } from "./textarea";

/** Cancel with a confirm dialog naming the booking and an optional reason for the business. */
export function CancelBooking({
  action,
  bookingId,
  summary,
}: {
  action: FormActionFn<{ id: string }>;
  bookingId: string;
  summary: string;
}) {
  const t = useTranslations("bookingFlowUi.detail.cancel");
  const router = useRouter();
  return (
    <ActionDialog
      action={action}
      fields={{ bookingId }}
      title={t("title")}
      description={t("description", { booking: summary })}
      submitLabel={t("confirm")}
      submitVariant="destructive"
      onSuccess={() => router.refresh()}
      testId="cancel-form"
      trigger={
        <Button variant="outline" data-testid="booking-cancel">
          <CalendarX2 aria-hidden />
          {t("open")}
        </Button>
      }
    >
      {(errors) => (
        <FormField label={t("reason")} labelNote={t("optional")} errors={errors?.reason}>
          <textarea name="reason" maxLength={500} className={textareaClass} />
        </FormField>
      )}
    </ActionDialog>
  );
}
