"use client";

import { CalendarPlus } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { createClientBookingAction, freeSlotsAction } from "@/app/manage/bookings/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input, Textarea } from "@/components/ui/input";
import { idle } from "@/lib/actions/form-state";
import { cn } from "@/lib/utils/cn";
import { withParams } from "./url";

export interface NewBookingOptions {
  businessId: string;
  timeZone: string;
  defaultDate: string;
  services: { id: string; name: string; durationMinutes: number; employeeIds: string[] }[];
  employees: { id: string; name: string }[];
  clients: { id: string; name: string; email: string | null; phone: string | null }[];
}

interface Slot {
  value: string;
  label: string;
}

const selectClass = cn(fieldControlClass, "h-9 py-1");

/**
 * "New booking" for a client: one of the business's clients or a new one, the services, an
 * employee or anyone free, a day and one of its free times (from the availability query).
 */
export function NewBookingDialog(
  props: NewBookingOptions & { query: Record<string, string | undefined> },
) {
  const t = useTranslations("bookingCalendarUi.newBooking");
  const router = useRouter();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [clientMode, setClientMode] = useState<"existing" | "new">(
    props.clients.length > 0 ? "existing" : "new",
  );
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [employeeId, setEmployeeId] = useState("");
  const [date, setDate] = useState(props.defaultDate);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [slotError, setSlotError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();

  // Fresh free times whenever what they depend on changes.
  useEffect(() => {
    if (!open || serviceIds.length === 0 || !date) return;
    const form = new FormData();
    form.set("businessId", props.businessId);
    for (const id of serviceIds) form.append("serviceIds", id);
    if (employeeId) form.set("employeeId", employeeId);
    form.set("date", date);
    let current = true;
    startLoading(async () => {
      const state = await freeSlotsAction(idle, form);
      if (!current) return;
      if (state.status === "success") {
        // "Anyone free": every distinct time any employee has.
        const byValue = new Map<string, Slot>();
        for (const employee of state.data.employees) {
          for (const slot of employee.slots) byValue.set(slot.value, slot);
        }
        setSlots([...byValue.values()].sort((a, b) => a.value.localeCompare(b.value)));
        setSlotError(null);
      } else if (state.status === "error") {
        setSlots([]);
        setSlotError(state.message);
      }
    });
    return () => {
      current = false;
    };
  }, [open, serviceIds, employeeId, date, props.businessId]);

  const performers = props.employees.filter((employee) =>
    serviceIds.every((id) =>
      props.services.find((service) => service.id === id)?.employeeIds.includes(employee.id),
    ),
  );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button data-testid="booking-new">
          <CalendarPlus aria-hidden />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("close")} className="max-h-[90vh] max-w-xl overflow-y-auto">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description", { zone: props.timeZone })}</DialogDescription>
        </DialogHeader>
        <ActionForm
          action={createClientBookingAction}
          fields={{ businessId: props.businessId }}
          submitLabel={t("submit")}
          testId="booking-new-form"
          onSuccess={(data) => {
            setOpen(false);
            router.push(withParams(pathname, props.query, { booking: data.id }), { scroll: false });
          }}
        >
          {(errors) => (
            <>
              <fieldset className="grid gap-3">
                <legend className="mb-2 text-sm font-medium">{t("client")}</legend>
                <div className="flex gap-4 text-sm">
                  {props.clients.length > 0 && (
                    <label className="flex items-center gap-2">
                      <input
                        type="radio"
                        name="clientMode"
                        checked={clientMode === "existing"}
                        onChange={() => setClientMode("existing")}
                      />
                      {t("existingClient")}
                    </label>
                  )}
                  <label className="flex items-center gap-2">
                    <input
                      type="radio"
                      name="clientMode"
                      checked={clientMode === "new"}
                      onChange={() => setClientMode("new")}
                    />
                    {t("newClient")}
                  </label>
                </div>
                {clientMode === "existing" ? (
                  <FormField label={t("pickClient")} errors={errors?.clientId}>
                    <select name="clientId" className={selectClass} required defaultValue="">
                      <option value="" disabled>
                        {t("choose")}
                      </option>
                      {props.clients.map((client) => (
                        <option key={client.id} value={client.id}>
                          {client.name}
                          {client.email || client.phone ? ` · ${client.email ?? client.phone}` : ""}
                        </option>
                      ))}
                    </select>
                  </FormField>
                ) : (
                  <div className="grid gap-3 sm:grid-cols-3">
                    <FormField label={t("name")} errors={errors?.name}>
                      <Input name="name" autoComplete="off" required />
                    </FormField>
                    <FormField label={t("email")} errors={errors?.email}>
                      <Input name="email" type="email" autoComplete="off" />
                    </FormField>
                    <FormField label={t("phone")} errors={errors?.phone}>
                      <Input name="phone" type="tel" autoComplete="off" />
                    </FormField>
                  </div>
                )}
              </fieldset>

              <fieldset className="grid gap-2">
                <legend className="mb-1 text-sm font-medium">{t("services")}</legend>
                {props.services.length === 0 && (
                  <p className="text-sm text-muted-foreground">{t("noServices")}</p>
                )}
                <div className="grid gap-1 sm:grid-cols-2">
                  {props.services.map((service) => (
                    <label key={service.id} className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        name="serviceIds"
                        value={service.id}
                        checked={serviceIds.includes(service.id)}
                        onChange={(event) =>
                          setServiceIds((ids) =>
                            event.target.checked
                              ? [...ids, service.id]
                              : ids.filter((id) => id !== service.id),
                          )
                        }
                      />
                      {service.name}
                      <span className="text-muted-foreground">
                        {t("minutes", { count: service.durationMinutes })}
                      </span>
                    </label>
                  ))}
                </div>
                {errors?.serviceIds && (
                  <p className="text-xs font-medium text-destructive" role="alert">
                    {errors.serviceIds.join(" ")}
                  </p>
                )}
              </fieldset>

              <div className="grid gap-3 sm:grid-cols-2">
                <FormField label={t("employee")} errors={errors?.employeeId}>
                  <select
                    name="employeeId"
                    className={selectClass}
                    value={employeeId}
                    onChange={(event) => setEmployeeId(event.target.value)}
                  >
                    <option value="">{t("anyEmployee")}</option>
                    {performers.map((employee) => (
                      <option key={employee.id} value={employee.id}>
                        {employee.name}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField label={t("date")}>
                  <Input
                    type="date"
                    value={date}
                    onChange={(event) => setDate(event.target.value)}
                    required
                  />
                </FormField>
              </div>

              <FormField
                label={t("time")}
                hint={serviceIds.length === 0 ? t("pickServicesFirst") : undefined}
                errors={errors?.startsAt ?? (slotError ? [slotError] : undefined)}
              >
                <select
                  name="startsAt"
                  className={selectClass}
                  required
                  disabled={serviceIds.length === 0 || loading}
                  defaultValue=""
                  key={slots?.map((slot) => slot.value).join() ?? "none"}
                  aria-busy={loading}
                >
                  <option value="" disabled>
                    {loading
                      ? t("loadingTimes")
                      : slots && slots.length === 0
                        ? t("noTimes")
                        : t("choose")}
                  </option>
                  {(slots ?? []).map((slot) => (
                    <option key={slot.value} value={slot.value}>
                      {slot.label}
                    </option>
                  ))}
                </select>
              </FormField>

              <FormField label={t("notes")} errors={errors?.notes}>
                <Textarea name="notes" maxLength={1000} className="min-h-16" />
              </FormField>
            </>
          )}
        </ActionForm>
      </DialogContent>
    </Dialog>
  );
}
