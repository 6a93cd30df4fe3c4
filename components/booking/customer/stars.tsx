import { Star } from "lucide-react";
import { cn } from "@/lib/utils/cn";

/** Five stars, `score` of them filled; the label says the score in words for screen readers. */
export function Stars({
  score,
  label,
  className,
}: {
  score: number;
  label: string;
  className?: string;
}) {
  const filled = Math.round(score);
  return (
    <span
      role="img"
      aria-label={label}
      className={cn("inline-flex items-center gap-0.5", className)}
    >
      {Array.from({ length: 5 }, (_, index) => (
        <Star
          key={index}
          aria-hidden
          className={cn(
            "size-4",
            index < filled ? "fill-amber-400 text-amber-400" : "text-muted-foreground/40",
          )}
        />
      ))}
    </span>
  );
}
