import { Check } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";
import { BOOKING_STEPS, type BookingStep } from "./book-url";

/** Service → Staff → Time → Confirm; steps already done link back to themselves. */
export function StepIndicator({
  current,
  hrefs,
}: {
  current: BookingStep;
  /** Where each finished step goes back to (null: not reachable yet). */
  hrefs: Record<BookingStep, string | null>;
}) {
  const t = useTranslations("bookingFlowUi.steps");
  const currentIndex = BOOKING_STEPS.indexOf(current);
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ol className="grid grid-cols-4 gap-2">
        {BOOKING_STEPS.map((step, index) => {
          const done = index < currentIndex;
          const href = done ? hrefs[step] : null;
          const content = (
            <>
              <span
                className={cn(
                  "flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-semibold",
                  index === currentIndex && "border-primary bg-primary text-primary-foreground",
                  done && "border-primary text-primary",
                )}
                aria-hidden
              >
                {done ? <Check className="size-3.5" /> : index + 1}
              </span>
              <span className="truncate">{t(step)}</span>
            </>
          );
          const base = cn(
            "flex min-h-11 items-center gap-2 border-t-2 pt-2 text-xs sm:text-sm",
            index <= currentIndex ? "border-primary" : "border-border text-muted-foreground",
            index === currentIndex && "font-medium",
          );
          return (
            <li key={step} aria-current={index === currentIndex ? "step" : undefined}>
              {href ? (
                <Link
                  href={href}
                  className={cn(
                    base,
                    "rounded-sm hover:text-primary focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  )}
                >
                  {content}
                </Link>
              ) : (
                <div className={base}>{content}</div>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
