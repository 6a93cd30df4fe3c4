"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { Mail, Phone, UserRound, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import {
  cancelBookingAction,
  confirmBookingAction,
  noShowBookingAction,
  rejectBookingAction,
  rescheduleBookingAction,
  updateBookingNotesAction,
} from "@/app/manage/bookings/actions";
import { BookingStatusBadge } from "@/components/booking/status-badge";
import { ActionForm } from "@/components/forms/action-form";
import { ActionDialog } from "@/components/tenancy/dialog-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { fieldControlClass, Input, Textarea } from "@/components/ui/input";
import type { TManagedBooking } from "@/lib/booking/bookings.schemas";
import { cn } from "@/lib/utils/cn";
import { localDateOf, localTimeOf } from "./layout";

export interface SheetEmployee {
  id: string;
  name: string;
}

/**
 * A booking's details and what the business may do with it now, in a panel on the right
 * (full width on a phone). Opened by `?booking=<id>`, so it can be linked; closing goes
 * back to the page without it.
 */
export function BookingSheet({
  booking,
  canEdit,
  employees,
  closeHref,
  clientsHref,
}: {
  booking: TManagedBooking;
  canEdit: boolean;
  employees: SheetEmployee[];
  closeHref: string;
  clientsHref: string | null;
}) {
  const t = useTranslations("bookingCalendarUi.sheet");
  const format = useFormatter();
  const router = useRouter();
  const zone = booking.business.timeZone;
  const startsAt = new Date(booking.startsAt);
  const endsAt = new Date(booking.endsAt);
  const close = () => router.push(closeHref, { scroll: false });
  const refresh = () => router.refresh();

  const person = booking.client ?? booking.customer;
  const phone = booking.client?.phone ?? null;
  const active = booking.status === "pending" || booking.status === "confirmed";
  // When the sheet opened: no-show and reschedule depend on whether it has started.
  const [openedAt] = useState(() => Date.now());
  const started = startsAt.getTime() <= openedAt;
  const money = (minor: number) =>
    format.number(minor / 100, { style: "currency", currency: booking.currency });
  const when = format.dateTime(startsAt, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: zone,
  });

  return (
    <DialogPrimitive.Root open onOpenChange={(open) => !open && close()}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <DialogPrimitive.Content
          className="fixed inset-y-0 right-0 z-50 flex w-full max-w-md flex-col overflow-y-auto border-l bg-card text-card-foreground shadow-xl focus:outline-none"
          data-testid="booking-sheet"
          aria-describedby={undefined}
        >
          <header className="flex items-start justify-between gap-3 border-b p-5">
            <div className="grid gap-1.5">
              <DialogPrimitive.Title className="text-lg font-semibold">
                {person?.name || t("unknownCustomer")}
              </DialogPrimitive.Title>
              <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                <BookingStatusBadge status={booking.status} data-testid="booking-status" />
                <span>
                  {localTimeOf(startsAt, zone)}–{localTimeOf(endsAt, zone)}
                </span>
              </div>
            </div>
            <DialogPrimitive.Close
              className="rounded-sm p-1 opacity-70 hover:opacity-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              aria-label={t("close")}
            >
              <X className="size-4" aria-hidden />
            </DialogPrimitive.Close>
          </header>

          <div className="grid gap-5 p-5 text-sm">
            <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2">
              <dt className="text-muted-foreground">{t("when")}</dt>
              <dd>
                {when}, {localTimeOf(startsAt, zone)}–{localTimeOf(endsAt, zone)}
                <span className="block text-xs text-muted-foreground">{zone}</span>
              </dd>
              <dt className="text-muted-foreground">{t("employee")}</dt>
              <dd>{booking.employee.name}</dd>
              <dt className="text-muted-foreground">{t("services")}</dt>
              <dd>
                <ul className="grid gap-1">
                  {booking.services.map((service, index) => (
                    <li
                      key={`${service.serviceId}-${index}`}
                      className="flex justify-between gap-2"
                    >
                      <span>
                        {service.name}{" "}
                        <span className="text-muted-foreground">
                          {t("minutes", { count: service.durationMinutes })}
                        </span>
                      </span>
                      <span className="tabular-nums">{money(service.priceMinor)}</span>
                    </li>
                  ))}
                </ul>
              </dd>
              <dt className="text-muted-foreground">{t("total")}</dt>
              <dd className="font-medium tabular-nums">{money(booking.totalPriceMinor)}</dd>
              <dt className="text-muted-foreground">{t("payment")}</dt>
              <dd>{t(`paymentStatus.${booking.paymentStatus}`)}</dd>
              <dt className="text-muted-foreground">{t("source")}</dt>
              <dd>{t(`createdBy.${booking.createdBy}`)}</dd>
              {booking.cancelReason && (
                <>
                  <dt className="text-muted-foreground">{t("reason")}</dt>
                  <dd>{booking.cancelReason}</dd>
                </>
              )}
            </dl>

            <section aria-labelledby="sheet-customer" className="grid gap-2 rounded-md border p-3">
              <h3 id="sheet-customer" className="font-medium">
                {t("customer")}
              </h3>
              <p className="flex items-center gap-2">
                <UserRound className="size-4 text-muted-foreground" aria-hidden />
                {person?.name || t("unknownCustomer")}
                {!booking.customer && (
                  <span className="text-xs text-muted-foreground">({t("noAccount")})</span>
                )}
              </p>
              {person?.email && (
                <a
                  href={`mailto:${person.email}`}
                  className="flex items-center gap-2 hover:underline"
                >
                  <Mail className="size-4 text-muted-foreground" aria-hidden />
                  {person.email}
                </a>
              )}
              {phone && (
                <a href={`tel:${phone}`} className="flex items-center gap-2 hover:underline">
                  <Phone className="size-4 text-muted-foreground" aria-hidden />
                  {phone}
                </a>
              )}
              {clientsHref && (
                <Link href={clientsHref} className="text-primary hover:underline">
                  {t("openClient")}
                </Link>
              )}
            </section>

            <section aria-labelledby="sheet-history" className="grid gap-1">
              <h3 id="sheet-history" className="font-medium">
                {t("history")}
              </h3>
              <ol className="grid gap-1 text-muted-foreground">
                <HistoryLine label={t("historyCreated")} at={booking.createdAt} zone={zone} />
                {booking.confirmedAt && (
                  <HistoryLine label={t("historyConfirmed")} at={booking.confirmedAt} zone={zone} />
                )}
                {booking.canceledAt && (
                  <HistoryLine
                    label={t(booking.status === "rejected" ? "historyRejected" : "historyCanceled")}
                    at={booking.canceledAt}
                    zone={zone}
                  />
                )}
                {booking.completedAt && (
                  <HistoryLine label={t("historyCompleted")} at={booking.completedAt} zone={zone} />
                )}
              </ol>
            </section>

            {canEdit ? (
              <>
                {(active || (booking.status === "confirmed" && started)) && (
                  <section aria-label={t("actions")} className="flex flex-wrap gap-2">
                    {booking.status === "pending" && (
                      <ActionForm
                        action={confirmBookingAction}
                        fields={{ bookingId: booking.id }}
                        submitLabel={t("confirm")}
                        onSuccess={refresh}
                        actions={(pending) => (
                          <Button type="submit" pending={pending} data-testid="booking-confirm">
                            {t("confirm")}
                          </Button>
                        )}
                      >
                        {() => null}
                      </ActionForm>
                    )}
                    {booking.status === "pending" && (
                      <ActionDialog
                        trigger={
                          <Button variant="outline" data-testid="booking-reject">
                            {t("reject")}
                          </Button>
                        }
                        title={t("rejectTitle")}
                        description={t("rejectBody")}
                        action={rejectBookingAction}
                        fields={{ bookingId: booking.id }}
                        submitLabel={t("reject")}
                        submitVariant="destructive"
                        onSuccess={refresh}
                      >
                        {(errors) => (
                          <FormField label={t("reasonOptional")} errors={errors?.reason}>
                            <Textarea name="reason" maxLength={500} />
                          </FormField>
                        )}
                      </ActionDialog>
                    )}
                    {booking.status === "confirmed" && started && (
                      <ActionDialog
                        trigger={
                          <Button variant="outline" data-testid="booking-no-show">
                            {t("noShow")}
                          </Button>
                        }
                        title={t("noShowTitle")}
                        description={t("noShowBody", { name: person?.name ?? "" })}
                        action={noShowBookingAction}
                        fields={{ bookingId: booking.id }}
                        submitLabel={t("noShow")}
                        submitVariant="destructive"
                        onSuccess={refresh}
                      />
                    )}
                    {active && (
                      <ActionDialog
                        trigger={
                          <Button variant="outline" data-testid="booking-cancel">
                            {t("cancel")}
                          </Button>
                        }
                        title={t("cancelTitle")}
                        description={t("cancelBody")}
                        action={cancelBookingAction}
                        fields={{ bookingId: booking.id }}
                        submitLabel={t("cancel")}
                        submitVariant="destructive"
                        onSuccess={refresh}
                      >
                        {(errors) => (
                          <FormField label={t("reason")} errors={errors?.reason}>
                            <Textarea name="reason" maxLength={500} required />
                          </FormField>
                        )}
                      </ActionDialog>
                    )}
                  </section>
                )}

                {active && !started && (
                  <RescheduleForm booking={booking} employees={employees} onDone={refresh} />
                )}

                <section aria-labelledby="sheet-notes" className="grid gap-2">
                  <h3 id="sheet-notes" className="font-medium">
                    {t("notes")}
                  </h3>
                  <ActionForm
                    action={updateBookingNotesAction}
                    fields={{ bookingId: booking.id }}
                    submitLabel={t("saveNotes")}
                    submitVariant="outline"
                    onSuccess={refresh}
                  >
                    {(errors) => (
                      <FormField label={t("notesLabel")} errors={errors?.notes}>
                        <Textarea
                          name="notes"
                          defaultValue={booking.notes ?? ""}
                          maxLength={1000}
                        />
                      </FormField>
                    )}
                  </ActionForm>
                </section>
              </>
            ) : (
              booking.notes && (
                <section className="grid gap-1">
                  <h3 className="font-medium">{t("notes")}</h3>
                  <p className="whitespace-pre-wrap">{booking.notes}</p>
                </section>
              )
            )}
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

function HistoryLine({ label, at, zone }: { label: string; at: string; zone: string }) {
  const format = useFormatter();
  return (
    <li>
      {label}:{" "}
      <time dateTime={at}>
        {format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short", timeZone: zone })}
      </time>
    </li>
  );
}

/** The keyboard way to move a booking: a day, a wall time in the business's zone, an employee. */
function RescheduleForm({
  booking,
  employees,
  onDone,
}: {
  booking: TManagedBooking;
  employees: SheetEmployee[];
  onDone: () => void;
}) {
  const t = useTranslations("bookingCalendarUi.sheet");
  const zone = booking.business.timeZone;
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="outline" onClick={() => setOpen(true)} data-testid="booking-reschedule">
        {t("reschedule")}
      </Button>
    );
  }
  return (
    <section aria-labelledby="sheet-reschedule" className="grid gap-2 rounded-md border p-3">
      <h3 id="sheet-reschedule" className="font-medium">
        {t("reschedule")}
      </h3>
      <ActionForm
        action={rescheduleBookingAction}
        fields={{ bookingId: booking.id }}
        submitLabel={t("move")}
        onSuccess={() => {
          setOpen(false);
          onDone();
        }}
        testId="booking-reschedule-form"
      >
        {(errors) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <FormField label={t("date")} errors={errors?.date}>
              <Input
                type="date"
                name="date"
                defaultValue={localDateOf(new Date(booking.startsAt), zone)}
                required
              />
            </FormField>
            <FormField label={t("time")} hint={zone} errors={errors?.time}>
              <Input
                type="time"
                name="time"
                step={300}
                defaultValue={localTimeOf(new Date(booking.startsAt), zone)}
                required
              />
            </FormField>
            <div className="sm:col-span-2">
              <FormField label={t("employee")} errors={errors?.employeeId}>
                <select
                  name="employeeId"
                  defaultValue={booking.employee.id}
                  className={cn(fieldControlClass, "h-9 py-1")}
                >
                  {employees.map((employee) => (
                    <option key={employee.id} value={employee.id}>
                      {employee.name}
                    </option>
                  ))}
                </select>
              </FormField>
            </div>
          </div>
        )}
      </ActionForm>
    </section>
  );
}
