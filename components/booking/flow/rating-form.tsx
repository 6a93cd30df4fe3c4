"use client";

import { Star } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/ui/form-field";
import { toast } from "@/components/ui/toaster";
import type { FormState } from "@/lib/actions/form-state";
import type { TRating } from "@/lib/booking/ratings.schemas";
import { cn } from "@/lib/utils/cn";
import { textareaClass } from "./textarea";

type Action = (previous: FormState<TRating>, formData: FormData) => Promise<FormState<TRating>>;

export const MAX_IMAGES = 5;

/** Five stars as a radio group named "Score" (options "1 star" … "5 stars"). */
function StarScore({ value, onChange }: { value: number; onChange: (score: number) => void }) {
  const t = useTranslations("bookingFlowUi.rating");
  const [hover, setHover] = useState(0);
  const shown = hover || value;
  return (
    <div
      role="radiogroup"
      aria-label={t("score")}
      className="flex gap-1"
      onMouseLeave={() => setHover(0)}
    >
      {[1, 2, 3, 4, 5].map((score) => (
        <label
          key={score}
          onMouseEnter={() => setHover(score)}
          className="cursor-pointer rounded-sm p-1 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
        >
          <input
            type="radio"
            name="score"
            value={score}
            checked={value === score}
            onChange={() => onChange(score)}
            aria-label={t("stars", { count: score })}
            className="sr-only"
          />
          <Star
            aria-hidden
            className={cn(
              "size-7 transition-colors",
              score <= shown ? "fill-amber-400 text-amber-400" : "text-muted-foreground",
            )}
          />
        </label>
      ))}
    </div>
  );
}

/**
 * Rate the business or the employee of a completed booking (or edit that rating): score,
 * comment and up to five photos, uploaded to the rating's image endpoint once it exists.
 */
export function RatingForm({
  action,
  bookingId,
  employeeId,
  existing,
  onDone,
}: {
  action: Action;
  bookingId: string;
  employeeId?: string;
  existing?: { id: string; score: number; comment: string | null; imageCount: number };
  onDone?: () => void;
}) {
  const t = useTranslations("bookingFlowUi.rating");
  const router = useRouter();
  const [score, setScore] = useState(existing?.score ?? 0);
  const files = useRef<HTMLInputElement>(null);
  const room = MAX_IMAGES - (existing?.imageCount ?? 0);

  async function uploadImages(rating: TRating) {
    const chosen = [...(files.current?.files ?? [])].slice(0, room);
    for (const file of chosen) {
      const form = new FormData();
      form.append("file", file);
      const response = await fetch(`/api/v1/ratings/${rating.id}/images`, {
        method: "POST",
        body: form,
        credentials: "same-origin",
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        toast.error(body?.message ?? t("imageFailed", { name: file.name }));
      }
    }
    if (files.current) files.current.value = "";
    onDone?.();
    router.refresh();
  }

  const fields: Record<string, string> = { bookingId };
  if (employeeId) fields.employeeId = employeeId;
  if (existing) fields.ratingId = existing.id;

  return (
    <ActionForm<TRating>
      action={action}
      fields={fields}
      submitLabel={existing ? t("update") : t("submit")}
      onSuccess={(rating) => void uploadImages(rating)}
      testId="rating-form"
    >
      {(errors) => (
        <>
          <div className="grid gap-1.5">
            <StarScore value={score} onChange={setScore} />
            {errors?.score && (
              <p className="text-xs font-medium text-destructive" role="alert">
                {errors.score.join(" ")}
              </p>
            )}
          </div>
          <FormField label={t("comment")} labelNote={t("optional")} errors={errors?.comment}>
            <textarea
              name="comment"
              maxLength={2000}
              defaultValue={existing?.comment ?? ""}
              className={textareaClass}
            />
          </FormField>
          {room > 0 && (
            <FormField label={t("images")} hint={t("imagesHint", { count: room })}>
              <input
                ref={files}
                type="file"
                accept="image/png,image/jpeg,image/webp"
                multiple
                onChange={(event) => {
                  if ((event.target.files?.length ?? 0) > room) {
                    toast.error(t("tooManyImages", { count: room }));
                  }
                }}
                className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-1.5 file:text-sm"
              />
            </FormField>
          )}
        </>
      )}
    </ActionForm>
  );
}
