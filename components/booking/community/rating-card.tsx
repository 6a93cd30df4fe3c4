import { EyeOff } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { TRating, TRatingReply } from "@/lib/booking/ratings.schemas";
import type { Locale } from "@/lib/i18n/config";
import { cn } from "@/lib/utils/cn";
import { formatDate } from "./format";
import { Stars } from "./stars";

/**
 * One rating as the business or a moderator sees it: stars, who and when, the comment, the
 * photos and the thread, with hidden parts flagged. `replyActions` adds per-reply controls
 * (moderation); `footer` holds the reply form or the rating's own controls.
 */
export async function RatingCard({
  rating,
  locale,
  timeZone,
  showBusiness,
  replyActions,
  footer,
}: {
  rating: TRating;
  locale: Locale;
  timeZone?: string;
  showBusiness?: boolean;
  replyActions?: (reply: TRatingReply) => ReactNode;
  footer?: ReactNode;
}) {
  const t = await getTranslations("bookingCommunityUi.ratings");
  return (
    <article
      data-testid="rating-item"
      className={cn("grid gap-3 rounded-lg border bg-card p-4", rating.hidden && "opacity-80")}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Stars score={rating.score} label={t("stars", { score: rating.score })} />
        <span className="font-medium">{rating.customerName}</span>
        <time dateTime={rating.createdAt} className="text-sm text-muted-foreground">
          {formatDate(rating.createdAt, locale, timeZone)}
        </time>
        <span className="text-sm text-muted-foreground">
          {[showBusiness ? rating.businessName : null, rating.employeeName ?? null]
            .filter(Boolean)
            .join(" · ") || (showBusiness ? "" : t("aboutBusiness"))}
        </span>
        {rating.hidden && (
          <Badge tone="neutral" className="gap-1">
            <EyeOff className="size-3" aria-hidden />
            {t("hidden")}
          </Badge>
        )}
      </header>
      {rating.comment ? (
        <p className="whitespace-pre-line text-sm">{rating.comment}</p>
      ) : (
        <p className="text-sm italic text-muted-foreground">{t("noComment")}</p>
      )}
      {rating.images.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("photos")}>
          {rating.images.map((image, index) => (
            <li key={image.id}>
              <a href={image.url} target="_blank" rel="noreferrer" className="block">
                {/* eslint-disable-next-line @next/next/no-img-element -- user uploads from storage */}
                <img
                  src={image.url}
                  alt={t("photoAlt", { index: index + 1, name: rating.customerName })}
                  className="size-20 rounded-md border object-cover"
                  loading="lazy"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {rating.replies.length > 0 && (
        <ol className="grid gap-2 border-l-2 pl-4" aria-label={t("thread")}>
          {rating.replies.map((reply) => (
            <li
              key={reply.id}
              className={cn(
                "grid gap-1 rounded-md p-3 text-sm",
                reply.side === "business" ? "bg-muted/60" : "bg-background border",
              )}
            >
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{reply.authorName}</span>
                <Badge tone={reply.side === "business" ? "info" : "neutral"}>
                  {t(`sides.${reply.side}`)}
                </Badge>
                <time dateTime={reply.createdAt} className="text-xs text-muted-foreground">
                  {formatDate(reply.createdAt, locale, timeZone, true)}
                </time>
                {reply.hidden && <Badge tone="neutral">{t("hidden")}</Badge>}
                {replyActions && <span className="ml-auto">{replyActions(reply)}</span>}
              </div>
              <p className="whitespace-pre-line">{reply.body}</p>
            </li>
          ))}
        </ol>
      )}
      {footer}
    </article>
  );
}
