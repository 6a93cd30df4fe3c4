import { createEvent } from "ics";
import type { TBooking } from "@/lib/booking/bookings.schemas";

/**
 * "Add to calendar" for a booking: an iCalendar event written in UTC, so every calendar app
 * shows it at the right local time whatever the phone's zone (as lib/staffing does for shifts).
 */
export function bookingCalendar(booking: TBooking, pageUrl: string): string {
  const minutes = Math.max(
    5,
    Math.round((Date.parse(booking.endsAt) - Date.parse(booking.startsAt)) / 60_000),
  );
  const services = booking.services.map((service) => service.name).join(", ");
  const { error, value } = createEvent({
    uid: `booking-${booking.id}@callboard`,
    productId: "callboard/booking",
    title: `${services} – ${booking.business.name}`,
    start: Date.parse(booking.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
    description: [booking.employee.name, booking.business.phone, pageUrl]
      .filter(Boolean)
      .join("\n"),
    location: booking.visitAddress ?? booking.business.address ?? undefined,
    url: pageUrl,
    status: booking.status === "confirmed" ? "CONFIRMED" : "TENTATIVE",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("The calendar event could not be written");
  return value;
}
