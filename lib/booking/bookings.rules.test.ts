import { describe, expect, it } from "vitest";
import {
  assertBusinessMayCancel,
  assertBusinessMayReschedule,
  assertCustomerMayChange,
  assertMayMarkNoShow,
  assertPending,
  type BookingStatus,
  changeableUntil,
  statusAfterReschedule,
} from "./bookings.rules";

const START = new Date("2030-01-10T10:00:00Z");
const hoursBefore = (hours: number) => new Date(START.getTime() - hours * 3_600_000);
const booking = (status: BookingStatus) => ({ status, startsAt: START });

describe("booking status rules", () => {
  it("lets the customer change an active booking until the window closes", () => {
    expect(changeableUntil(START, 24)).toEqual(hoursBefore(24));
    expect(() => assertCustomerMayChange(booking("confirmed"), 24, hoursBefore(25))).not.toThrow();
    expect(() => assertCustomerMayChange(booking("pending"), 24, hoursBefore(24))).not.toThrow();
    expect(() => assertCustomerMayChange(booking("confirmed"), 24, hoursBefore(23))).toThrow(
      expect.objectContaining({
        status: 403,
        messageKey: "booking.bookings.cancellationWindowClosed",
      }),
    );
    expect(() => assertCustomerMayChange(booking("confirmed"), 0, hoursBefore(-1))).toThrow(
      expect.objectContaining({ status: 409, messageKey: "booking.bookings.alreadyStarted" }),
    );
  });

  it.each(["rejected", "canceled", "completed", "no_show"] as const)(
    "refuses every change of a %s booking with 409",
    (status) => {
      const conflict = expect.objectContaining({ status: 409 });
      expect(() => assertCustomerMayChange(booking(status), 0, hoursBefore(48))).toThrow(conflict);
      expect(() => assertBusinessMayCancel(booking(status))).toThrow(conflict);
      expect(() => assertBusinessMayReschedule(booking(status), hoursBefore(48))).toThrow(conflict);
      expect(() => assertPending(booking(status))).toThrow(conflict);
    },
  );

  it("lets the business cancel at any time, even after the start", () => {
    expect(() => assertBusinessMayCancel(booking("confirmed"))).not.toThrow();
    expect(() => assertBusinessMayReschedule(booking("confirmed"), hoursBefore(-1))).toThrow(
      expect.objectContaining({ messageKey: "booking.bookings.alreadyStarted" }),
    );
  });

  it("confirms or rejects pending bookings only", () => {
    expect(() => assertPending(booking("pending"))).not.toThrow();
    expect(() => assertPending(booking("confirmed"))).toThrow(
      expect.objectContaining({ messageKey: "booking.bookings.notPending" }),
    );
  });

  it("marks a no-show only for a confirmed booking that started", () => {
    expect(() => assertMayMarkNoShow(booking("confirmed"), hoursBefore(-0.5))).not.toThrow();
    expect(() => assertMayMarkNoShow(booking("confirmed"), hoursBefore(1))).toThrow(
      expect.objectContaining({ messageKey: "booking.bookings.notStarted" }),
    );
    expect(() => assertMayMarkNoShow(booking("pending"), hoursBefore(-1))).toThrow(
      expect.objectContaining({ messageKey: "booking.bookings.noShowNotConfirmed" }),
    );
  });

  it("asks for approval again when a customer moves a booking at a manual business", () => {
    expect(statusAfterReschedule("confirmed", "customer", false)).toBe("pending");
    expect(statusAfterReschedule("confirmed", "customer", true)).toBe("confirmed");
    expect(statusAfterReschedule("confirmed", "business", false)).toBe("confirmed");
  });
});
