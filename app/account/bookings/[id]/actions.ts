"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userFormAction } from "@/lib/actions/form-action";
import { getMyBooking } from "@/lib/booking/bookings.queries";
import type { TSlotTakenAvailability } from "@/lib/booking/bookings.schemas";
import { cancelMyBooking, SlotTakenError, updateMyBooking } from "@/lib/booking/bookings.service";
import type { TRating } from "@/lib/booking/ratings.schemas";
import { answerRating, createRating, updateRating } from "@/lib/booking/ratings.service";
import { ForbiddenError } from "@/lib/errors";
import { ZAnswerForm, ZCancelForm, ZRateForm, ZRescheduleForm } from "./form-schemas";

const bookingPath = (id: string) => `/account/bookings/${id}`;

function revalidateBooking(id: string) {
  revalidatePath(bookingPath(id));
  revalidatePath("/account");
}

/** Cancels through the same service as the API (the cancellation window is its rule). */
export const cancelBookingAction = userFormAction(
  ZCancelForm,
  async ({ bookingId, reason }, { viewer, t }) => {
    await cancelMyBooking(viewer.user.id, bookingId, { reason });
    revalidateBooking(bookingId);
    return { data: { id: bookingId }, message: t("booking.bookings.canceled") };
  },
);

/**
 * Moves the booking to another free start with the same employee. A start someone just
 * took comes back with that day's fresh times instead of a dead end.
 */
export const rescheduleBookingAction = userFormAction(
  ZRescheduleForm,
  async ({ bookingId, startsAt }, { viewer, t }) => {
    try {
      await updateMyBooking(viewer.user.id, bookingId, { startsAt });
    } catch (error) {
      if (!(error instanceof SlotTakenError)) throw error;
      const slotTaken: TSlotTakenAvailability = error.availability;
      return { data: { slotTaken }, message: t(error.messageKey) };
    }
    revalidateBooking(bookingId);
    redirect(`${bookingPath(bookingId)}?rescheduled=1`);
  },
);

/**
 * Rates the business (or the booking's employee) after THIS booking was completed, or edits
 * the existing rating of that target. The ratings service checks eligibility again.
 */
export const rateBookingAction = userFormAction(
  ZRateForm,
  async ({ bookingId, employeeId, ratingId, score, comment }, { viewer, t, locale }) => {
    const booking = await getMyBooking(viewer.user.id, bookingId, locale);
    if (booking.status !== "completed") {
      throw new ForbiddenError(
        employeeId ? "booking.ratings.notEligibleEmployee" : "booking.ratings.notEligible",
      );
    }
    if (employeeId && employeeId !== booking.employee.id) {
      throw new ForbiddenError("booking.ratings.notEligibleEmployee");
    }
    const rating: TRating = ratingId
      ? await updateRating(viewer, ratingId, { score, comment })
      : await createRating(viewer, {
          businessId: booking.business.id,
          employeeId: employeeId ?? null,
          score,
          comment,
        });
    revalidatePath(bookingPath(bookingId));
    return {
      data: rating,
      message: t(ratingId ? "booking.ratings.updated" : "booking.ratings.created"),
    };
  },
);

/** The customer answers the business's reply under their rating. */
export const answerRatingAction = userFormAction(
  ZAnswerForm,
  async ({ bookingId, ratingId, body }, { viewer, t }) => {
    const reply = await answerRating(viewer, ratingId, { body });
    revalidatePath(bookingPath(bookingId));
    return { data: reply, message: t("booking.ratings.replied") };
  },
);
