import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { cancelMyBookingRoute } from "@/lib/booking/bookings.contracts";
import { getMyBooking } from "@/lib/booking/bookings.queries";
import { cancelMyBooking } from "@/lib/booking/bookings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(cancelMyBookingRoute, async ({ viewer, params, body, t }) => {
    await cancelMyBooking(viewer.user.id, params.id, body);
    return ok(
      await getMyBooking(viewer.user.id, params.id, t.locale),
      t("booking.bookings.canceled"),
    );
  }),
);
