import type { BookingStatus } from "@/lib/booking/bookings.rules";
import type { HoursEntry } from "./layout";

/** What a calendar block needs of a booking (serializable: from the server page). */
export interface CalendarBooking {
  id: string;
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  employeeId: string;
  employeeName: string;
  customerName: string;
  services: string[];
}

export interface CalendarEmployee {
  id: string;
  name: string;
}

export interface CalendarTimeOff {
  employeeId: string | null;
  startsAt: string;
  endsAt: string;
  reason: string | null;
}

export interface CalendarData {
  businessId: string;
  timeZone: string;
  view: "day" | "week";
  date: string;
  days: string[];
  axis: { start: number; end: number };
  /** Day view: one column each; week view: the filter's choices. */
  employees: CalendarEmployee[];
  employeeId: string | null;
  hours: HoursEntry[];
  timeOff: CalendarTimeOff[];
  bookings: CalendarBooking[];
  canEdit: boolean;
}

/** Bookings that hold time: the ones the calendar draws (declined and canceled stay in the list). */
export const CALENDAR_STATUSES: BookingStatus[] = ["pending", "confirmed", "completed", "no_show"];
/** The ones a drag may move. */
export const MOVABLE_STATUSES: BookingStatus[] = ["pending", "confirmed"];
