import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { rejectBookingRoute } from "@/lib/booking/bookings.contracts";
import { getManagedBooking } from "@/lib/booking/bookings.queries";
import { rejectBooking } from "@/lib/booking/bookings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(rejectBookingRoute, async ({ org, params, body, t }) => {
    await rejectBooking(org, params.id, body);
    return ok(await getManagedBooking(org, params.id, t.locale), t("booking.bookings.rejected"));
  }),
);
