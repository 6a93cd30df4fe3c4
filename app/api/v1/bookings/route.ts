import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createBookingRoute, listMyBookingsRoute } from "@/lib/booking/bookings.contracts";
import { getMyBooking, listMyBookings } from "@/lib/booking/bookings.queries";
import { createCustomerBooking } from "@/lib/booking/bookings.service";
import { answeringSlotTaken } from "@/lib/booking/slot-taken-response";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(createBookingRoute, async ({ viewer, body, t, requestId }) =>
    answeringSlotTaken(t, requestId, async () => {
      const { id } = await createCustomerBooking(viewer.user.id, body);
      return created(
        await getMyBooking(viewer.user.id, id, t.locale),
        t("booking.bookings.created"),
      );
    }),
  ),
  apiRoute(listMyBookingsRoute, async ({ viewer, query, t }) => {
    const { items, meta } = await listMyBookings(viewer.user.id, query, t.locale);
    return paginated(items, meta, t("booking.bookings.list"));
  }),
);
