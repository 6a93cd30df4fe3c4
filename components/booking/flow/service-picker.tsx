"use client";

import { Clock } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { splitMinutes } from "@/components/booking/slot-picker-utils";
import { formatPrice } from "./format";

export interface PickableService {
  id: string;
  name: string;
  description: string | null;
  durationMinutes: number;
  priceMinor: number;
  currency: string;
}

/** "1 h 30 min", "45 min". */
export function useDurationText() {
  const t = useTranslations("bookingFlowUi");
  return (total: number) => {
    const { hours, minutes } = splitMinutes(total);
    if (hours === 0) return t("duration.minutes", { minutes });
    if (minutes === 0) return t("duration.hours", { hours });
    return t("duration.hoursMinutes", { hours, minutes });
  };
}

/**
 * Step 1: checkboxes of the business's active services (several may be booked together,
 * back to back) with the running total. A plain GET form: it works before hydration.
 */
export function ServicePicker({
  action,
  services,
  initial,
}: {
  action: string;
  services: PickableService[];
  initial: string[];
}) {
  const t = useTranslations("bookingFlowUi.services");
  const locale = useLocale();
  const duration = useDurationText();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(initial));
  const picked = services.filter((service) => chosen.has(service.id));
  const totalMinutes = picked.reduce((sum, service) => sum + service.durationMinutes, 0);
  const totalMinor = picked.reduce((sum, service) => sum + service.priceMinor, 0);
  const currency = services[0]?.currency ?? "EUR";

  const toggle = (id: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form method="get" action={action} className="grid gap-4">
      <input type="hidden" name="step" value="staff" />
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">{t("legend")}</legend>
        {services.map((service) => (
          <label
            key={service.id}
            className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 transition-colors hover:bg-muted/50 has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
          >
            <input
              type="checkbox"
              name="service"
              value={service.id}
              checked={chosen.has(service.id)}
              onChange={(event) => toggle(service.id, event.target.checked)}
              className="mt-1 size-4 accent-primary"
            />
            <span className="grid flex-1 gap-0.5">
              <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium">{service.name}</span>
                <span className="text-sm tabular-nums">
                  {formatPrice(service.priceMinor, service.currency, locale)}
                </span>
              </span>
              <span className="flex items-center gap-1 text-xs text-muted-foreground">
                <Clock className="size-3" aria-hidden />
                {duration(service.durationMinutes)}
              </span>
              {service.description && (
                <span className="text-sm text-muted-foreground">{service.description}</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <div
        className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-muted/60 px-4 py-3"
        aria-live="polite"
        data-testid="services-total"
      >
        <p className="text-sm">
          {picked.length === 0
            ? t("noneChosen")
            : t("total", {
                count: picked.length,
                duration: duration(totalMinutes),
                price: formatPrice(totalMinor, currency, locale),
              })}
        </p>
        <Button type="submit" disabled={picked.length === 0}>
          {t("continue")}
        </Button>
      </div>
    </form>
  );
}
