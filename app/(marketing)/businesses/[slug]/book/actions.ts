"use server";

import { redirect } from "next/navigation";
import { userFormAction } from "@/lib/actions/form-action";
import type { TSlotTakenAvailability } from "@/lib/booking/bookings.schemas";
import { createCustomerBooking, SlotTakenError } from "@/lib/booking/bookings.service";
import { ZBookForm } from "./form-schemas";

/** What a booking attempt hands back when it does not redirect: the day's fresh times. */
export interface SlotTakenOutcome {
  slotTaken: TSlotTakenAvailability;
}

/**
 * Books through the same service as `POST /api/v1/bookings`, then opens the booking. A slot
 * someone else just took is not a failure of the form: it comes back with that day's free
 * times (the error's availability) so the customer picks another one without starting over.
 */
export const createBookingAction = userFormAction(ZBookForm, async (input, { viewer, t }) => {
  let bookingId: string;
  try {
    ({ id: bookingId } = await createCustomerBooking(viewer.user.id, input));
  } catch (error) {
    if (!(error instanceof SlotTakenError)) throw error;
    return {
      data: { slotTaken: error.availability } satisfies SlotTakenOutcome,
      message: t(error.messageKey),
    };
  }
  redirect(`/account/bookings/${bookingId}?booked=1`);
});
