import { z } from "zod";
import { getManagedBooking } from "@/lib/booking/bookings.queries";
import { listBusinessEmployees } from "@/lib/booking/catalog.service";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import type { OrgContext } from "@/lib/tenancy/context";
import { BookingSheet } from "./booking-sheet";

/**
 * The sheet for `?booking=<id>` on the calendar and the list (a server component: it loads
 * the booking and the employees it may move to). An unknown or another org's id shows
 * nothing, like a closed sheet.
 */
export async function BookingSheetLoader({
  org,
  locale,
  bookingId,
  canEdit,
  closeHref,
}: {
  org: OrgContext;
  locale: Locale;
  bookingId: string | undefined;
  canEdit: boolean;
  closeHref: string;
}) {
  if (!bookingId || !z.uuid().safeParse(bookingId).success) return null;
  const booking = await getManagedBooking(org, bookingId, locale).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!booking) return null;
  const employees = canEdit
    ? (await listBusinessEmployees(org, booking.business.id, locale))
        .filter((employee) => employee.active || employee.id === booking.employee.id)
        .map((employee) => ({ id: employee.id, name: employee.name }))
    : [];
  const person = booking.client ?? booking.customer;
  const clientsHref = person
    ? `/manage/bookings/clients?${new URLSearchParams({
        business: booking.business.id,
        q: person.email ?? person.name,
      })}`
    : null;
  return (
    <BookingSheet
      key={`${booking.id}-${booking.status}-${booking.startsAt}`}
      booking={booking}
      canEdit={canEdit}
      employees={employees}
      closeHref={closeHref}
      clientsHref={clientsHref}
    />
  );
}
