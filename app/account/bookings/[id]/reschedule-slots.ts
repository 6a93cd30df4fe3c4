import { getDb } from "@/db/client";
import { findAvailabilityDetails } from "@/lib/booking/availability";
import { startOfZonedDay } from "@/lib/booking/availability.window";
import type { TBooking } from "@/lib/booking/bookings.schemas";
import { loadPublishedBusiness } from "@/lib/booking/business-access";
import { withTenant } from "@/lib/tenancy/scope";

/**
 * Free starts for moving a booking: its services, its employee, over a window of local
 * days, with the booking's own time counted as free. Same query as the public availability
 * (one statement for the whole window), run in the business's tenant scope as it requires.
 */
export async function rescheduleSlots(
  booking: TBooking,
  window: { firstDay: string; lastDay: string },
): Promise<string[]> {
  const serviceIds = booking.services.flatMap((service) =>
    service.serviceId ? [service.serviceId] : [],
  );
  if (serviceIds.length !== booking.services.length || serviceIds.length === 0) return [];
  const business = await loadPublishedBusiness(getDb(), booking.business.id);
  const details = await withTenant({ orgId: business.orgId }, (tx) =>
    findAvailabilityDetails(tx, {
      businessId: business.id,
      serviceIds,
      employeeId: booking.employee.id,
      from: startOfZonedDay(window.firstDay, business.timeZone),
      to: startOfZonedDay(window.lastDay, business.timeZone, 1),
      excludeBookingId: booking.id,
    }),
  );
  return (
    details.employees.find((employee) => employee.employeeId === booking.employee.id)?.slots ?? []
  );
}
