import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { cancelManagedBookingRoute } from "@/lib/booking/bookings.contracts";
import { getManagedBooking } from "@/lib/booking/bookings.queries";
import { cancelManagedBooking } from "@/lib/booking/bookings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(cancelManagedBookingRoute, async ({ org, params, body, t }) => {
    await cancelManagedBooking(org, params.id, body);
    return ok(await getManagedBooking(org, params.id, t.locale), t("booking.bookings.canceled"));
  }),
);
