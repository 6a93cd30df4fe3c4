"use client";

import { CircleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { SlotPicker } from "@/components/booking/slot-picker";
import { localTime } from "@/components/booking/slot-picker-utils";
import { Button } from "@/components/ui/button";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { TSlotTakenAvailability } from "@/lib/booking/bookings.schemas";
import { formatZonedDay } from "./format";
import { CustomerTimeNote } from "./zoned-time";

type Outcome = { slotTaken: TSlotTakenAvailability };
type Action = (previous: FormState<Outcome>, formData: FormData) => Promise<FormState<Outcome>>;

/**
 * Confirms the move to the picked start (the action redirects back to the booking). When
 * someone took that start meanwhile, the day's fresh times appear here to pick again.
 */
export function RescheduleConfirm({
  action,
  bookingId,
  employeeId,
  startsAt: initial,
  timeZone,
}: {
  action: Action;
  bookingId: string;
  employeeId: string;
  startsAt: string;
  timeZone: string;
}) {
  const t = useTranslations("bookingFlowUi.detail.reschedule");
  const tConfirm = useTranslations("bookingFlowUi.confirm");
  const locale = useLocale();
  const [state, submit, pending] = useActionState(action, idle as FormState<Outcome>);
  const [startsAt, setStartsAt] = useState(initial);
  const taken = state.status === "success" ? state.data.slotTaken : null;
  const fresh = taken
    ? [
        ...new Set(
          taken.employees
            .filter((employee) => employee.employeeId === employeeId)
            .flatMap((employee) => employee.slots),
        ),
      ].sort()
    : [];

  return (
    <form
      action={submit}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => submit(data));
      }}
      className="grid gap-3 rounded-lg border border-primary/40 bg-primary/5 p-4"
      data-testid="reschedule-form"
    >
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="startsAt" value={startsAt} />
      <p className="text-sm" aria-live="polite">
        {t("moveTo", {
          when: `${formatZonedDay(startsAt, timeZone, locale)}, ${localTime(startsAt, timeZone)}`,
        })}{" "}
        <span className="text-muted-foreground">
          <CustomerTimeNote instant={startsAt} timeZone={timeZone} />
        </span>
      </p>
      {taken && (
        <div role="alert" className="grid gap-2" data-testid="slot-taken">
          <p className="flex items-center gap-2 text-sm font-medium">
            <CircleAlert className="size-4" aria-hidden />
            {tConfirm("slotTaken")}
          </p>
          {fresh.length > 0 ? (
            <SlotPicker
              slots={fresh}
              timeZone={timeZone}
              selected={startsAt}
              onSelect={setStartsAt}
            />
          ) : (
            <p className="text-sm text-muted-foreground">{tConfirm("slotTakenNone")}</p>
          )}
        </div>
      )}
      {state.status === "error" && (
        <p role="alert" className="flex items-start gap-2 text-sm text-destructive">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          {state.message}
        </p>
      )}
      <div>
        <Button type="submit" pending={pending} data-testid="reschedule-submit">
          {t("confirm")}
        </Button>
      </div>
    </form>
  );
}
