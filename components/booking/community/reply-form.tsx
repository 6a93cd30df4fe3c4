"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { replyToRatingAction } from "@/app/manage/bookings/ratings/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/input";

/** The business's answer under a rating; cleared and refreshed once sent. */
export function ReplyForm({ ratingId }: { ratingId: string }) {
  const t = useTranslations("bookingCommunityUi.ratings");
  const router = useRouter();
  // A new key after each reply gives an empty form for the next one.
  const [round, setRound] = useState(0);
  return (
    <ActionForm
      key={round}
      action={replyToRatingAction}
      fields={{ ratingId }}
      submitLabel={t("replySubmit")}
      pendingLabel={t("replying")}
      onSuccess={() => {
        setRound((value) => value + 1);
        router.refresh();
      }}
      actions={(pending) => (
        <div className="flex justify-end">
          <Button type="submit" size="sm" pending={pending} data-testid="rating-reply-submit">
            {pending ? t("replying") : t("replySubmit")}
          </Button>
        </div>
      )}
      className="gap-2"
    >
      {(errors) => (
        <FormField label={t("reply")} errors={errors?.body}>
          <Textarea name="body" rows={2} maxLength={2000} required className="min-h-16" />
        </FormField>
      )}
    </ActionForm>
  );
}
