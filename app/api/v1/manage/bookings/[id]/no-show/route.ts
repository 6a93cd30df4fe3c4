import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { noShowBookingRoute } from "@/lib/booking/bookings.contracts";
import { getManagedBooking } from "@/lib/booking/bookings.queries";
import { markNoShow } from "@/lib/booking/bookings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(noShowBookingRoute, async ({ org, params, t }) => {
    await markNoShow(org, params.id);
    return ok(await getManagedBooking(org, params.id, t.locale), t("booking.bookings.noShow"));
  }),
);
