"use client";

import { Globe } from "lucide-react";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { cn } from "@/lib/utils/cn";
import { customerTime, groupSlots } from "./slot-picker-utils";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The browser's zone; null while rendering on the server (no hydration mismatch). */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, () => null);
}

interface SlotPickerProps {
  /** Free starts (ISO instants) of one day. */
  slots: string[];
  /** The business's zone: labels are its wall times. */
  timeZone: string;
  selected?: string | null;
  /**
   * Without `onSelect` the buttons submit the surrounding form with `name=<iso>` (works before
   * hydration: the stepper's GET form); with it they only call back (reschedule, fresh slots).
   */
  name?: string;
  onSelect?: (iso: string) => void;
  className?: string;
}

/**
 * The slot grid: morning / afternoon / evening groups of buttons whose accessible name is
 * the business's local start ("10:00"); the customer's own time is added underneath when
 * their browser's zone shows a different wall time.
 */
export function SlotPicker({
  slots,
  timeZone,
  selected,
  name = "time",
  onSelect,
  className,
}: SlotPickerProps) {
  const t = useTranslations("bookingFlowUi.slots");
  const zone = useBrowserTimeZone();
  const groups = groupSlots(slots, timeZone);
  const differs = zone !== null && slots.some((iso) => customerTime(iso, timeZone, zone));

  return (
    <div className={cn("grid gap-4", className)} data-testid="slot-grid">
      <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <Globe className="size-3.5" aria-hidden />
        {t("zone", { zone: timeZone })}
        {differs && <span> · {t("yourZone", { zone: zone! })}</span>}
      </p>
      {groups.map((group) => (
        <section key={group.period} aria-labelledby={`slots-${group.period}`}>
          <h3 id={`slots-${group.period}`} className="mb-2 text-sm font-medium">
            {t(group.period)}
          </h3>
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-6">
            {group.slots.map((slot) => {
              const theirs = customerTime(slot.iso, timeZone, zone);
              const isSelected = slot.iso === selected;
              return (
                <li key={slot.iso}>
                  <button
                    type={onSelect ? "button" : "submit"}
                    name={onSelect ? undefined : name}
                    value={onSelect ? undefined : slot.iso}
                    onClick={onSelect ? () => onSelect(slot.iso) : undefined}
                    aria-pressed={onSelect ? isSelected : undefined}
                    aria-label={slot.label}
                    data-testid="slot"
                    className={cn(
                      "flex min-h-11 w-full flex-col items-center justify-center rounded-md border px-2 py-1.5 text-sm font-medium tabular-nums transition-colors",
                      "hover:border-primary hover:bg-primary/5 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background",
                      isSelected &&
                        "border-primary bg-primary text-primary-foreground hover:bg-primary",
                    )}
                  >
                    <span>{slot.label}</span>
                    {theirs && (
                      <span
                        className={cn(
                          "text-[11px] font-normal",
                          isSelected ? "text-primary-foreground/80" : "text-muted-foreground",
                        )}
                        aria-hidden
                      >
                        {t("yours", { time: theirs })}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
