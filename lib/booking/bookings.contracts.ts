import { defineRoute, type RouteContract } from "@/lib/api/contract";
import {
  ZBooking,
  ZBookingIdParams,
  ZBusinessReason,
  ZCancelMyBooking,
  ZCreateBooking,
  ZCreateClientBooking,
  ZManagedBooking,
  ZManagedBookingsQuery,
  ZMyBookingsQuery,
  ZRejectBooking,
  ZRescheduleBooking,
  ZUpdateManagedBooking,
  ZUpdateMyBooking,
} from "./bookings.schemas";

const slotTaken =
  "A start that is no longer free (taken meanwhile, outside hours, notice or horizon) answers " +
  "409 `slotTaken` with that day's free starts in `data.availability` " +
  "(SlotTakenAvailability), so the app can offer them at once.";
const conflicts =
  "A change the booking's status does not allow answers 409 (e.g. confirming a canceled " +
  "booking).";

// ---------- Customer ----------

const customerTags = ["Bookings"];

export const createBookingRoute = defineRoute({
  method: "POST",
  path: "/bookings",
  summary: "Book services at a business",
  description:
    "One or more services with an employee or `employeeId: null` for the first available one. " +
    "A business that confirms automatically answers `confirmed`; otherwise `pending` until it " +
    "confirms or declines. The customer and the business are notified (in-app, email, push). " +
    `No payment is taken yet (paymentStatus not_required). ${slotTaken}`,
  tags: customerTags,
  auth: "user",
  body: ZCreateBooking,
  response: ZBooking,
  status: 201,
  errors: [404, 409, 422],
});

export const listMyBookingsRoute = defineRoute({
  method: "GET",
  path: "/bookings",
  summary: "My bookings",
  description: "Upcoming (soonest first) or past (newest first) bookings across businesses.",
  tags: customerTags,
  auth: "user",
  query: ZMyBookingsQuery,
  response: ZBooking,
  paginated: true,
});

export const getMyBookingRoute = defineRoute({
  method: "GET",
  path: "/bookings/{id}",
  summary: "One of my bookings",
  tags: customerTags,
  auth: "user",
  params: ZBookingIdParams,
  response: ZBooking,
  errors: [404],
});

export const updateMyBookingRoute = defineRoute({
  method: "PATCH",
  path: "/bookings/{id}",
  summary: "Reschedule my booking or edit its notes",
  description:
    "A new `startsAt` (optionally another `employeeId`, null for anyone free) moves the booking " +
    "until `changeableUntil` (the business's cancellation window; 403 after). At a business " +
    `that approves bookings by hand the move waits for approval again. ${slotTaken} ${conflicts}`,
  tags: customerTags,
  auth: "user",
  params: ZBookingIdParams,
  body: ZUpdateMyBooking,
  response: ZBooking,
  errors: [403, 404, 409, 422],
});

export const cancelMyBookingRoute = defineRoute({
  method: "POST",
  path: "/bookings/{id}/cancel",
  summary: "Cancel my booking",
  description: `Until \`changeableUntil\` (403 after). ${conflicts}`,
  tags: customerTags,
  auth: "user",
  params: ZBookingIdParams,
  body: ZCancelMyBooking,
  response: ZBooking,
  errors: [403, 404, 409, 422],
});

// ---------- Business ----------

const manageTags = ["Manage bookings"];
const crossOrg = "Another organization's booking answers 404.";

export const listManagedBookingsRoute = defineRoute({
  method: "GET",
  path: "/manage/bookings",
  summary: "The organization's bookings",
  description:
    "Filter by business, employee, status (repeat it) and a `from`/`to` window (at most 92 " +
    "days; bookings overlapping it), soonest first. The calendar refetches on `booking.changed` " +
    "of the org channel.",
  tags: manageTags,
  auth: "org",
  permission: "bookings.read",
  query: ZManagedBookingsQuery,
  response: ZManagedBooking,
  paginated: true,
  errors: [404, 422],
});

export const createClientBookingRoute = defineRoute({
  method: "POST",
  path: "/manage/bookings",
  summary: "Book for a client",
  description:
    "The business books one of its clients (business_clients) in; confirmed at once. The " +
    `client is notified when they have an account. ${slotTaken}`,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  body: ZCreateClientBooking,
  response: ZManagedBooking,
  status: 201,
  errors: [404, 409, 422],
});

export const getManagedBookingRoute = defineRoute({
  method: "GET",
  path: "/manage/bookings/{id}",
  summary: "One booking",
  description: crossOrg,
  tags: manageTags,
  auth: "org",
  permission: "bookings.read",
  params: ZBookingIdParams,
  response: ZManagedBooking,
  errors: [404],
});

export const updateManagedBookingRoute = defineRoute({
  method: "PATCH",
  path: "/manage/bookings/{id}",
  summary: "Edit a booking's notes",
  description: crossOrg,
  tags: manageTags,
  auth: "org",
  permission: "bookings.write",
  params: ZBookingIdParams,
  body: ZUpdateManagedBooking,
  response: ZManagedBooking,
  errors: [404, 422],
});

const action = (path: string, summary: string, description: string) => ({
  method: "POST" as const,
  path: `/manage/bookings/{id}/${path}`,
  summary,
  description: `${description} ${crossOrg}`,
  tags: manageTags,
  auth: "org" as const,
  permission: "bookings.write" as const,
  params: ZBookingIdParams,
  response: ZManagedBooking,
  errors: [404, 409, 422],
});

export const confirmBookingRoute = defineRoute(
  action(
    "confirm",
    "Confirm a pending booking",
    "Manual approval: pending → confirmed; the customer is told.",
  ),
);
export const rejectBookingRoute = defineRoute({
  ...action(
    "reject",
    "Decline a pending booking",
    "Manual approval: pending → rejected, with an optional reason the customer reads.",
  ),
  body: ZRejectBooking,
});
export const cancelManagedBookingRoute = defineRoute({
  ...action(
    "cancel",
    "Cancel a booking",
    "At any time while it is pending or confirmed; the reason is required and the customer reads it.",
  ),
  body: ZBusinessReason,
});
export const noShowBookingRoute = defineRoute(
  action(
    "no-show",
    "Mark a no-show",
    "A confirmed booking that has started; it will not become completed.",
  ),
);
export const rescheduleManagedBookingRoute = defineRoute({
  ...action(
    "reschedule",
    "Move a booking",
    `A new start (and optionally employee) for a booking that has not started; the status stays. ${slotTaken}`,
  ),
  body: ZRescheduleBooking,
});

export const bookingRoutes: RouteContract[] = [
  createBookingRoute,
  listMyBookingsRoute,
  getMyBookingRoute,
  updateMyBookingRoute,
  cancelMyBookingRoute,
  listManagedBookingsRoute,
  createClientBookingRoute,
  getManagedBookingRoute,
  updateManagedBookingRoute,
  confirmBookingRoute,
  rejectBookingRoute,
  cancelManagedBookingRoute,
  noShowBookingRoute,
  rescheduleManagedBookingRoute,
];
