"use client";

import { Pencil, Star } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionDialog, type FormActionFn } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

/** Edit the score (five star radios) and the comment of one's own rating, in a dialog. */
export function RatingEditDialog<T>({
  action,
  ratingId,
  target,
  score,
  comment,
}: {
  action: FormActionFn<T>;
  ratingId: string;
  /** What was rated, as the dialog names it ("Ana at Studio Bella"). */
  target: string;
  score: number;
  comment: string | null;
}) {
  const t = useTranslations("customerUi.ratings");
  const router = useRouter();
  const [chosen, setChosen] = useState(score);
  return (
    <ActionDialog
      trigger={
        <Button
          variant="outline"
          size="sm"
          aria-label={t("editLabel", { target })}
          data-testid="rating-edit"
        >
          <Pencil aria-hidden />
          {t("edit")}
        </Button>
      }
      title={t("editTitle", { target })}
      description={t("editDescription")}
      action={action}
      fields={{ id: ratingId }}
      submitLabel={t("save")}
      onOpenChange={(open) => open && setChosen(score)}
      onSuccess={() => router.refresh()}
      testId="rating-edit-form"
    >
      {(errors) => (
        <>
          <fieldset
            className="grid gap-1.5"
            aria-describedby={errors?.score ? `${ratingId}-score-error` : undefined}
          >
            <legend className="mb-1.5 text-sm font-medium">{t("scoreField")}</legend>
            <div className="flex gap-1">
              {[1, 2, 3, 4, 5].map((value) => (
                <label
                  key={value}
                  className="cursor-pointer rounded-md p-1 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
                >
                  <input
                    type="radio"
                    name="score"
                    value={value}
                    checked={chosen === value}
                    onChange={() => setChosen(value)}
                    className="sr-only"
                  />
                  <Star
                    aria-hidden
                    className={cn(
                      "size-7",
                      value <= chosen
                        ? "fill-amber-400 text-amber-400"
                        : "text-muted-foreground/40",
                    )}
                  />
                  <span className="sr-only">{t("scoreOption", { score: value })}</span>
                </label>
              ))}
            </div>
            {errors?.score && (
              <p
                id={`${ratingId}-score-error`}
                className="text-xs font-medium text-destructive"
                role="alert"
              >
                {errors.score.join(" ")}
              </p>
            )}
          </fieldset>
          <FormField label={t("commentField")} hint={t("commentHint")} errors={errors?.comment}>
            <Textarea name="comment" rows={4} maxLength={2000} defaultValue={comment ?? ""} />
          </FormField>
        </>
      )}
    </ActionDialog>
  );
}
