import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  createClientBookingRoute,
  listManagedBookingsRoute,
} from "@/lib/booking/bookings.contracts";
import { getManagedBooking, listManagedBookings } from "@/lib/booking/bookings.queries";
import { createClientBooking } from "@/lib/booking/bookings.service";
import { answeringSlotTaken } from "@/lib/booking/slot-taken-response";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listManagedBookingsRoute, async ({ org, query, t }) => {
    const { items, meta } = await listManagedBookings(org, query, t.locale);
    return paginated(items, meta, t("booking.bookings.list"));
  }),
  apiRoute(createClientBookingRoute, async ({ org, body, t, requestId }) =>
    answeringSlotTaken(t, requestId, async () => {
      const { id } = await createClientBooking(org, body);
      return created(await getManagedBooking(org, id, t.locale), t("booking.bookings.created"));
    }),
  ),
);
