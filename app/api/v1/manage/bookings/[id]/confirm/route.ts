import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { confirmBookingRoute } from "@/lib/booking/bookings.contracts";
import { getManagedBooking } from "@/lib/booking/bookings.queries";
import { confirmBooking } from "@/lib/booking/bookings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(confirmBookingRoute, async ({ org, params, t }) => {
    await confirmBooking(org, params.id);
    return ok(await getManagedBooking(org, params.id, t.locale), t("booking.bookings.confirmed"));
  }),
);
