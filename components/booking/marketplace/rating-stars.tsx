import { Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";

/** Five stars, `score` of them filled, read out as "4 out of 5". */
export function RatingStars({ score, className }: { score: number; className?: string }) {
  const t = useTranslations("marketplaceUi.business.ratings");
  const rounded = Math.round(score);
  return (
    <span
      role="img"
      aria-label={t("stars", { score: rounded })}
      className={cn("inline-flex items-center gap-0.5", className)}
    >
      {[1, 2, 3, 4, 5].map((star) => (
        <Star
          key={star}
          aria-hidden
          className={cn(
            "size-4",
            star <= rounded ? "fill-amber-400 text-amber-400" : "text-muted-foreground/40",
          )}
        />
      ))}
    </span>
  );
}
