import { z } from "zod";
import { ZCreateBooking } from "@/lib/booking/bookings.schemas";

const asList = (value: unknown) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * The confirm step's form, checked by the API's own `ZCreateBooking`: the form posts one
 * `serviceIds` input per service and an empty `employeeId` for "any available".
 */
export const ZBookForm = z.preprocess((raw) => {
  if (!raw || typeof raw !== "object") return raw;
  const { serviceIds, employeeId, ...rest } = raw as Record<string, unknown>;
  return { ...rest, serviceIds: asList(serviceIds), employeeId: employeeId || null };
}, ZCreateBooking);
