import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { getMyBookingRoute, updateMyBookingRoute } from "@/lib/booking/bookings.contracts";
import { getMyBooking } from "@/lib/booking/bookings.queries";
import { updateMyBooking } from "@/lib/booking/bookings.service";
import { answeringSlotTaken } from "@/lib/booking/slot-taken-response";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getMyBookingRoute, async ({ viewer, params, t }) =>
    ok(await getMyBooking(viewer.user.id, params.id, t.locale), t("booking.bookings.found")),
  ),
  apiRoute(updateMyBookingRoute, async ({ viewer, params, body, t, requestId }) =>
    answeringSlotTaken(t, requestId, async () => {
      await updateMyBooking(viewer.user.id, params.id, body);
      return ok(
        await getMyBooking(viewer.user.id, params.id, t.locale),
        t(body.startsAt ? "booking.bookings.rescheduled" : "booking.bookings.updated"),
      );
    }),
  ),
);
