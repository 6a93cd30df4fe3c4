import type { Executor } from "@/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { computeSlots, isoFormatter } from "./availability.compute";
import { type AvailabilityQueryInput, loadAvailabilityInputs } from "./availability.inputs";

/**
 * Free start times of a business's employees. ONE SQL statement reads every input for the
 * whole window (no per-slot or per-employee queries); the rest is interval arithmetic here.
 *
 * 1. Working time per employee and local day: the most specific level with `open` rows for
 *    that weekday wins (employee + service > employee > service > business). With several
 *    services at a service level, every requested service that has hours must be open (their
 *    hours intersect). `break` rows of the winning level cut time out of it.
 * 2. Closures (business-wide time off) and the employee's own time off are cut out.
 * 3. Candidate starts step from the start of each remaining free segment (`step` minutes, in
 *    absolute time, so a DST change never shifts or doubles a slot); the services must end
 *    inside the segment.
 * 4. A start is free when [start, start + duration + buffer) overlaps no pending/confirmed
 *    booking's [starts_at, occupied_until): the same test as the exclusion constraint
 *    `bookings_employee_no_overlap`. The buffer may run past closing time (cleaning up after
 *    the last client), never into another booking.
 * 5. Starts before now + min notice, past now + max horizon, or outside [from, to) are dropped.
 *
 * Wall times become instants in PostgreSQL (`(date + time) AT TIME ZONE business.time_zone`),
 * so spring forward and fall back are the tz database's business, not ours.
 *
 * Run it in the business's tenant scope (`withTenant({ orgId: business.orgId })`): under a
 * customer's or an anonymous scope, row-level security hides other people's bookings and
 * every booked time would look free, so it refuses to answer there.
 */

export interface AvailabilityInput {
  businessId: string;
  serviceIds: string[];
  /** One employee; null/absent: every active employee who performs all the services. */
  employeeId?: string | null;
  from: Date;
  to: Date;
  /** Defaults to the business's `slot_step_minutes`. */
  stepMinutes?: number;
  now?: Date;
  /** A booking being rescheduled: its own time counts as free. */
  excludeBookingId?: string;
}

export interface EmployeeAvailability {
  employeeId: string;
  slots: string[];
}

export interface Availability {
  durationMinutes: number;
  bufferMinutes: number;
  employees: EmployeeAvailability[];
}

/** What the query knows beyond the exported shape (the API shows names and the zone). */
export interface AvailabilityDetails {
  timeZone: string;
  stepMinutes: number;
  durationMinutes: number;
  bufferMinutes: number;
  employees: (EmployeeAvailability & { name: string })[];
}

export interface SlotCheckInput {
  businessId: string;
  serviceIds: string[];
  /** null: "first available", the least booked free employee that day. */
  employeeId: string | null;
  startsAt: Date;
  now?: Date;
  excludeBookingId?: string;
}

export interface CheckedSlot {
  employeeId: string;
  endsAt: Date;
  occupiedUntil: Date;
}

const MAX_SERVICES = 20;
const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Free start times per employee; see the module comment for the rules. */
export async function findAvailability(
  tx: Executor,
  input: AvailabilityInput,
): Promise<Availability> {
  const details = await findAvailabilityDetails(tx, input);
  return {
    durationMinutes: details.durationMinutes,
    bufferMinutes: details.bufferMinutes,
    employees: details.employees.map(({ employeeId, slots }) => ({ employeeId, slots })),
  };
}

/** The same, with the business's zone, the step used and the employees' names. */
export async function findAvailabilityDetails(
  tx: Executor,
  input: AvailabilityInput,
): Promise<AvailabilityDetails> {
  const { inputs, employees, durationMinutes, bufferMinutes } = await computeAvailability(tx, {
    businessId: input.businessId,
    serviceIds: input.serviceIds,
    employeeId: input.employeeId ?? null,
    from: input.from,
    to: input.to,
    stepMinutes: input.stepMinutes ?? null,
    now: input.now ?? new Date(),
    excludeBookingId: input.excludeBookingId ?? null,
    at: null,
  });
  const iso = isoFormatter();
  return {
    timeZone: inputs.timeZone,
    stepMinutes: inputs.stepMinutes,
    durationMinutes,
    bufferMinutes,
    employees: employees.map((employee) => ({
      employeeId: employee.employeeId,
      name: employee.name,
      slots: employee.starts.map(iso),
    })),
  };
}

/**
 * Whether this start is free for the employee, or for anyone ("first available": the free
 * employee with the fewest active bookings that local day, then by position). Any start
 * inside working time counts, on the step grid or not (the business may drag a booking to
 * 10:05). Null when taken or outside hours, notice or horizon.
 */
export async function checkSlot(tx: Executor, input: SlotCheckInput): Promise<CheckedSlot | null> {
  const { employees, durationMinutes, bufferMinutes } = await computeAvailability(tx, {
    businessId: input.businessId,
    serviceIds: input.serviceIds,
    employeeId: input.employeeId,
    from: input.startsAt,
    to: new Date(input.startsAt.getTime() + 1),
    stepMinutes: null,
    now: input.now ?? new Date(),
    excludeBookingId: input.excludeBookingId ?? null,
    at: input.startsAt,
  });
  // Employees come in the business's order; the least loaded free one wins.
  let chosen: (typeof employees)[number] | undefined;
  for (const employee of employees) {
    if (employee.starts.length > 0 && (!chosen || employee.load < chosen.load)) chosen = employee;
  }
  if (!chosen) return null;
  const endsAt = new Date(input.startsAt.getTime() + durationMinutes * 60_000);
  return {
    employeeId: chosen.employeeId,
    endsAt,
    occupiedUntil: new Date(endsAt.getTime() + bufferMinutes * 60_000),
  };
}

async function computeAvailability(tx: Executor, query: AvailabilityQueryInput) {
  const serviceIds = [...new Set(query.serviceIds)];
  if (serviceIds.length === 0 || serviceIds.length > MAX_SERVICES || !serviceIds.every(isUuid)) {
    throw new ValidationError({ serviceIds: ["booking.availability.servicesInvalid"] });
  }
  const inputs = await loadAvailabilityInputs(tx, { ...query, serviceIds });
  if (!inputs?.businessFound) throw new NotFoundError("booking.businessNotFound");
  if (!inputs.seesBookings) {
    throw new Error(
      "Availability must run in the business's tenant scope (withTenant): bookings are hidden here",
    );
  }
  if (inputs.services.length !== inputs.servicesRequested) {
    throw new ValidationError({ serviceIds: ["booking.availability.servicesUnknown"] });
  }
  if (query.employeeId && inputs.employees.length === 0) {
    throw new ValidationError({ employeeId: ["booking.availability.employeeUnavailable"] });
  }
  // The services run back to back; the employee stays busy for all their buffers after.
  const durationMinutes = inputs.services.reduce((sum, s) => sum + s.durationMinutes, 0);
  const bufferMinutes = inputs.services.reduce((sum, s) => sum + s.bufferMinutes, 0);
  const employees = computeSlots(inputs, {
    durationMinutes,
    bufferMinutes,
    at: query.at?.getTime() ?? null,
  });
  return { inputs, employees, durationMinutes, bufferMinutes };
}
