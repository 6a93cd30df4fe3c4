import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { rescheduleManagedBookingRoute } from "@/lib/booking/bookings.contracts";
import { getManagedBooking } from "@/lib/booking/bookings.queries";
import { rescheduleManagedBooking } from "@/lib/booking/bookings.service";
import { answeringSlotTaken } from "@/lib/booking/slot-taken-response";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(rescheduleManagedBookingRoute, async ({ org, params, body, t, requestId }) =>
    answeringSlotTaken(t, requestId, async () => {
      await rescheduleManagedBooking(org, params.id, body);
      return ok(
        await getManagedBooking(org, params.id, t.locale),
        t("booking.bookings.rescheduled"),
      );
    }),
  ),
);
