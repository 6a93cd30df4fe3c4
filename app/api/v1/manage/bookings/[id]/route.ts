import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  getManagedBookingRoute,
  updateManagedBookingRoute,
} from "@/lib/booking/bookings.contracts";
import { getManagedBooking } from "@/lib/booking/bookings.queries";
import { updateManagedBooking } from "@/lib/booking/bookings.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getManagedBookingRoute, async ({ org, params, t }) =>
    ok(await getManagedBooking(org, params.id, t.locale), t("booking.bookings.found")),
  ),
  apiRoute(updateManagedBookingRoute, async ({ org, params, body, t }) => {
    await updateManagedBooking(org, params.id, body);
    return ok(await getManagedBooking(org, params.id, t.locale), t("booking.bookings.updated"));
  }),
);
