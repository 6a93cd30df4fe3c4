"use client";

import { Pencil, Star } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import type { FormState } from "@/lib/actions/form-state";
import type { TRating, TRatingReply } from "@/lib/booking/ratings.schemas";
import { cn } from "@/lib/utils/cn";
import { RatingForm } from "./rating-form";
import { textareaClass } from "./textarea";

type RateAction = (previous: FormState<TRating>, formData: FormData) => Promise<FormState<TRating>>;
type AnswerAction = (
  previous: FormState<TRatingReply>,
  formData: FormData,
) => Promise<FormState<TRatingReply>>;

/**
 * The customer's rating as given (stars, comment, photos), the thread under it (the
 * business's replies and their own answers), an answer form once the business has replied,
 * and an edit toggle.
 */
export function RatingThread({
  rating,
  bookingId,
  employeeId,
  rateAction,
  answerAction,
}: {
  rating: TRating;
  bookingId: string;
  employeeId?: string;
  rateAction: RateAction;
  answerAction: AnswerAction;
}) {
  const t = useTranslations("bookingFlowUi.rating");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const businessReplied = rating.replies.some((reply) => reply.side === "business");

  if (editing) {
    return (
      <div className="grid gap-2">
        <RatingForm
          action={rateAction}
          bookingId={bookingId}
          employeeId={employeeId}
          existing={{
            id: rating.id,
            score: rating.score,
            comment: rating.comment,
            imageCount: rating.images.length,
          }}
          onDone={() => setEditing(false)}
        />
        <div>
          <Button variant="ghost" size="sm" onClick={() => setEditing(false)}>
            {t("cancelEdit")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="grid gap-3" data-testid="my-rating">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex items-center gap-0.5" aria-label={t("stars", { count: rating.score })}>
          {[1, 2, 3, 4, 5].map((score) => (
            <Star
              key={score}
              aria-hidden
              className={cn(
                "size-5",
                score <= rating.score ? "fill-amber-400 text-amber-400" : "text-muted-foreground",
              )}
            />
          ))}
        </p>
        <Button variant="outline" size="sm" onClick={() => setEditing(true)}>
          <Pencil aria-hidden />
          {t("edit")}
        </Button>
      </div>
      {rating.hidden && <p className="text-xs text-muted-foreground">{t("hidden")}</p>}
      {rating.comment && <p className="whitespace-pre-line text-sm">{rating.comment}</p>}
      {rating.images.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {rating.images.map((image) => (
            <li key={image.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- our own file route */}
              <img
                src={image.url}
                alt={t("photo", { number: image.position + 1 })}
                className="size-20 rounded-md border object-cover"
              />
            </li>
          ))}
        </ul>
      )}
      {rating.replies.length > 0 && (
        <ol
          className="grid gap-2 border-l-2 pl-3"
          aria-label={t("thread")}
          data-testid="rating-thread"
        >
          {rating.replies.map((reply) => (
            <li
              key={reply.id}
              className={cn(
                "rounded-md p-2 text-sm",
                reply.side === "business" ? "bg-muted/60" : "bg-primary/5",
              )}
            >
              <p className="mb-0.5 text-xs text-muted-foreground">
                <span className="font-medium text-foreground">
                  {reply.side === "business" ? reply.authorName : t("you")}
                </span>{" "}
                ·{" "}
                <time dateTime={String(reply.createdAt)}>
                  {date.format(new Date(reply.createdAt))}
                </time>
              </p>
              <p className="whitespace-pre-line">{reply.body}</p>
            </li>
          ))}
        </ol>
      )}
      {businessReplied && !rating.hidden && (
        <ActionForm<TRatingReply>
          key={rating.replies.length}
          action={answerAction}
          fields={{ bookingId, ratingId: rating.id }}
          submitLabel={t("answer")}
          submitVariant="outline"
          testId="rating-answer-form"
        >
          {(errors) => (
            <FormField label={t("answerLabel")} errors={errors?.body}>
              <textarea name="body" maxLength={2000} required className={textareaClass} />
            </FormField>
          )}
        </ActionForm>
      )}
    </div>
  );
}
