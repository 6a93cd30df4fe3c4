import { z } from "zod";
import { ZCancelMyBooking, ZRescheduleBooking } from "@/lib/booking/bookings.schemas";
import { ZCreateRating, ZCreateReply } from "@/lib/booking/ratings.schemas";

/** The booking detail page's forms, each the API body's schema plus the ids it is about. */
export const ZCancelForm = ZCancelMyBooking.extend({ bookingId: z.uuid() });

export const ZRescheduleForm = ZRescheduleBooking.pick({ startsAt: true }).extend({
  bookingId: z.uuid(),
});

export const ZRateForm = ZCreateRating.pick({ score: true, comment: true }).extend({
  bookingId: z.uuid(),
  /** Rate the employee of the booking instead of the business. */
  employeeId: z.uuid().optional(),
  /** The customer's existing rating of that target: edit it instead of making a second. */
  ratingId: z.uuid().optional(),
});

export const ZAnswerForm = ZCreateReply.extend({ bookingId: z.uuid(), ratingId: z.uuid() });
