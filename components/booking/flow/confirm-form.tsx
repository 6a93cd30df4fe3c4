"use client";

import { CalendarClock, CircleAlert } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { SlotPicker, useBrowserTimeZone } from "@/components/booking/slot-picker";
import { customerTime, localTime } from "@/components/booking/slot-picker-utils";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { idle, type FormState } from "@/lib/actions/form-state";
import type { TSlotTakenAvailability } from "@/lib/booking/bookings.schemas";
import { formatZonedDay } from "./format";
import { textareaClass } from "./textarea";

type Outcome = { slotTaken: TSlotTakenAvailability };
type Action = (previous: FormState<Outcome>, formData: FormData) => Promise<FormState<Outcome>>;

/** The day's fresh starts for the same choice: that employee, or anyone for "any". */
function freshSlots(availability: TSlotTakenAvailability, employeeId: string | null) {
  const lists = availability.employees
    .filter((employee) => !employeeId || employee.employeeId === employeeId)
    .flatMap((employee) => employee.slots);
  return [...new Set(lists)].sort();
}

/**
 * Step 4's form: the chosen time (changeable here when the slot was just taken), visit type,
 * notes and the submit. The action redirects to the new booking; a taken slot comes back
 * with the day's fresh times, shown in place without losing the notes or other choices.
 */
export function ConfirmForm({
  action,
  businessId,
  timeZone,
  serviceIds,
  employeeId,
  startsAt: initialStartsAt,
  visitType,
}: {
  action: Action;
  businessId: string;
  timeZone: string;
  serviceIds: string[];
  employeeId: string | null;
  startsAt: string;
  visitType: "on_site" | "home_visit" | "both";
}) {
  const t = useTranslations("bookingFlowUi.confirm");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const zone = useBrowserTimeZone();
  const [state, submit, pending] = useActionState(action, idle as FormState<Outcome>);
  const [startsAt, setStartsAt] = useState(initialStartsAt);
  const [visit, setVisit] = useState<"on_site" | "home_visit">(
    visitType === "home_visit" ? "home_visit" : "on_site",
  );
  const [pickedAfterTaken, setPickedAfterTaken] = useState<Outcome | null>(null);

  const taken = state.status === "success" ? state.data : null;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const theirs = customerTime(startsAt, timeZone, zone);
  const showTaken = taken && taken !== pickedAfterTaken;

  const pick = (iso: string) => {
    setStartsAt(iso);
    if (taken) setPickedAfterTaken(taken);
    // The URL follows, so a refresh or a back/forward shows the new choice.
    const params = new URLSearchParams(searchParams.toString());
    params.set("time", iso);
    router.replace(`${pathname}?${params.toString()}`, { scroll: false });
  };

  return (
    <form
      action={submit}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => submit(data));
      }}
      noValidate
      className="grid gap-5"
      data-testid="booking-confirm-form"
    >
      <input type="hidden" name="businessId" value={businessId} />
      {serviceIds.map((id) => (
        <input key={id} type="hidden" name="serviceIds" value={id} />
      ))}
      <input type="hidden" name="employeeId" value={employeeId ?? ""} />
      <input type="hidden" name="startsAt" value={startsAt} />

      <div className="flex items-start gap-3 rounded-lg border bg-muted/40 p-3" aria-live="polite">
        <CalendarClock className="mt-0.5 size-5 text-muted-foreground" aria-hidden />
        <div>
          <p className="font-medium" data-testid="confirm-when">
            {formatZonedDay(startsAt, timeZone, locale)} · {localTime(startsAt, timeZone)}
          </p>
          <p className="text-xs text-muted-foreground">
            {t("inZone", { zone: timeZone })}
            {theirs && ` · ${t("yourTime", { time: theirs, zone: zone! })}`}
          </p>
        </div>
      </div>

      {showTaken && (
        <div
          role="alert"
          className="grid gap-3 rounded-lg border border-warning/50 bg-warning/10 p-4"
          data-testid="slot-taken"
        >
          <p className="flex items-center gap-2 font-medium">
            <CircleAlert className="size-4" aria-hidden />
            {t("slotTaken")}
          </p>
          {freshSlots(taken.slotTaken, employeeId).length > 0 ? (
            <>
              <p className="text-sm text-muted-foreground">{t("slotTakenPick")}</p>
              <SlotPicker
                slots={freshSlots(taken.slotTaken, employeeId)}
                timeZone={timeZone}
                selected={startsAt}
                onSelect={pick}
              />
            </>
          ) : (
            <p className="text-sm text-muted-foreground">{t("slotTakenNone")}</p>
          )}
        </div>
      )}
      {state.status === "error" && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <p>{state.message}</p>
        </div>
      )}

      {visitType === "both" ? (
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">{t("visitType")}</legend>
          {(["on_site", "home_visit"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="visitType"
                value={value}
                checked={visit === value}
                onChange={() => setVisit(value)}
                className="size-4 accent-primary"
              />
              {t(`visit.${value}`)}
            </label>
          ))}
          {errors?.visitType && (
            <p className="text-xs font-medium text-destructive" role="alert">
              {errors.visitType.join(" ")}
            </p>
          )}
        </fieldset>
      ) : (
        <input type="hidden" name="visitType" value={visit} />
      )}
      {visit === "home_visit" && (
        <FormField label={t("visitAddress")} errors={errors?.visitAddress}>
          <Input name="visitAddress" autoComplete="street-address" maxLength={300} required />
        </FormField>
      )}

      <FormField label={t("notes")} labelNote={t("optional")} errors={errors?.notes}>
        <textarea name="notes" maxLength={1000} className={textareaClass} />
      </FormField>

      {errors &&
        Object.entries(errors)
          .filter(([field]) => !["visitType", "visitAddress", "notes"].includes(field))
          .map(([field, messages]) => (
            <p key={field} className="text-xs font-medium text-destructive" role="alert">
              {messages.join(" ")}
            </p>
          ))}

      <Button type="submit" size="lg" pending={pending} data-testid="booking-submit">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
