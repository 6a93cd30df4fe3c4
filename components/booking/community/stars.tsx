import { Star } from "lucide-react";
import { cn } from "@/lib/utils/cn";

/** Five stars, `score` of them filled, read out as one label ("4 out of 5"). */
export function Stars({
  score,
  label,
  className,
}: {
  score: number;
  label: string;
  className?: string;
}) {
  return (
    <span role="img" aria-label={label} className={cn("inline-flex gap-0.5", className)}>
      {[1, 2, 3, 4, 5].map((place) => (
        <Star
          key={place}
          aria-hidden
          className={cn(
            "size-4",
            place <= Math.round(score)
              ? "fill-amber-400 text-amber-400"
              : "fill-transparent text-muted-foreground/40",
          )}
        />
      ))}
    </span>
  );
}
