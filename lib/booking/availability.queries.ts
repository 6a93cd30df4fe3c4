import { getDb } from "@/db/client";
import { withTenant } from "@/lib/tenancy/scope";
import { findAvailabilityDetails } from "./availability";
import type { TAvailability, TAvailabilityQuery } from "./availability.schemas";
import { resolveAvailabilityWindow } from "./availability.window";
import { loadPublishedBusiness } from "./business-access";

/**
 * The public availability of a published business. The business is found as anyone sees
 * it (drafts and suspended ones are 404); the computation then runs in its tenant scope,
 * because it must see every customer's bookings to know which times are taken (it only
 * ever answers with free start times).
 */
export async function getPublicAvailability(
  idOrSlug: string,
  query: TAvailabilityQuery,
  now: Date = new Date(),
): Promise<TAvailability> {
  const business = await loadPublishedBusiness(getDb(), idOrSlug);
  const window = resolveAvailabilityWindow(query, business.timeZone, now);
  const details = await withTenant({ orgId: business.orgId }, (tx) =>
    findAvailabilityDetails(tx, {
      businessId: business.id,
      serviceIds: query.serviceIds,
      employeeId: query.employeeId ?? null,
      from: window.from,
      to: window.to,
      stepMinutes: query.step,
      now,
    }),
  );
  const anyEmployee = [...new Set(details.employees.flatMap((employee) => employee.slots))].sort();
  return {
    businessId: business.id,
    timeZone: details.timeZone,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    stepMinutes: details.stepMinutes,
    durationMinutes: details.durationMinutes,
    bufferMinutes: details.bufferMinutes,
    employees: details.employees,
    anyEmployee,
  };
}
