import type { BOOKING_STATUSES } from "@/db/schema/booking";
import { ConflictError, ForbiddenError } from "@/lib/errors";

/**
 * Who may do what to a booking, and when. One place for the rules the customer's and the
 * business's endpoints share, pure so they are unit-tested without a database.
 *
 *   pending   → confirmed | rejected            (business)
 *   pending   → canceled                        (customer within the window; business, with a reason)
 *   confirmed → canceled                        (the same)
 *   confirmed → no_show                         (business, once it started)
 *   pending|confirmed → completed               (the completion job, past the end)
 *   reschedule: pending|confirmed before it starts (customer within the window; business)
 */

export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export interface BookingState {
  status: BookingStatus;
  startsAt: Date;
}

const HOUR = 3_600_000;

export const isActive = (status: BookingStatus) => status === "pending" || status === "confirmed";

/** Until when the customer may cancel or move the booking themselves. */
export function changeableUntil(startsAt: Date, cancellationWindowHours: number): Date {
  return new Date(startsAt.getTime() - cancellationWindowHours * HOUR);
}

export function assertActive(booking: BookingState): void {
  if (!isActive(booking.status)) throw new ConflictError("booking.bookings.notActive");
}

/** The customer cancels or moves: active, and before the business's cancellation window. */
export function assertCustomerMayChange(
  booking: BookingState,
  cancellationWindowHours: number,
  now: Date,
): void {
  assertActive(booking);
  if (booking.startsAt <= now) throw new ConflictError("booking.bookings.alreadyStarted");
  if (now > changeableUntil(booking.startsAt, cancellationWindowHours)) {
    throw new ForbiddenError("booking.bookings.cancellationWindowClosed", {
      hours: cancellationWindowHours,
    });
  }
}

/** The business cancels at any time while the booking is active. */
export function assertBusinessMayCancel(booking: BookingState): void {
  assertActive(booking);
}

/** The business moves a booking that has not started yet. */
export function assertBusinessMayReschedule(booking: BookingState, now: Date): void {
  assertActive(booking);
  if (booking.startsAt <= now) throw new ConflictError("booking.bookings.alreadyStarted");
}

export function assertPending(booking: BookingState): void {
  if (booking.status !== "pending") throw new ConflictError("booking.bookings.notPending");
}

export function assertMayMarkNoShow(booking: BookingState, now: Date): void {
  if (booking.status !== "confirmed") {
    throw new ConflictError("booking.bookings.noShowNotConfirmed");
  }
  if (booking.startsAt > now) throw new ConflictError("booking.bookings.notStarted");
}

/**
 * The status after a move: a customer's move at a business that approves bookings by hand
 * asks again; the business's own move keeps the status.
 */
export function statusAfterReschedule(
  current: BookingStatus,
  by: "customer" | "business",
  autoConfirm: boolean,
): BookingStatus {
  if (by === "customer" && !autoConfirm) return "pending";
  return current;
}
