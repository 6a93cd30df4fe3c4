import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import {
  bookingReminders,
  bookings,
  bookingItems,
  businessClients,
  employees,
  services,
} from "@/db/schema/booking";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { consumeRateLimit, type RateLimitRule } from "@/lib/security/rate-limit";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant, withUserScope } from "@/lib/tenancy/scope";
import { checkSlot, findAvailabilityDetails } from "./availability";
import { notifyBookingChange } from "./bookings.notices";
import {
  assertBusinessMayCancel,
  assertBusinessMayReschedule,
  assertCustomerMayChange,
  assertMayMarkNoShow,
  assertPending,
  assertActive,
  statusAfterReschedule,
} from "./bookings.rules";
import type {
  TBusinessReason,
  TCancelMyBooking,
  TCreateBooking,
  TCreateClientBooking,
  TRejectBooking,
  TRescheduleBooking,
  TSlotTakenAvailability,
  TUpdateManagedBooking,
  TUpdateMyBooking,
} from "./bookings.schemas";
import { type BusinessRow, loadOrgBusiness, loadPublishedBusiness } from "./business-access";
import { announceBookingChange } from "./live";

/**
 * The booking lifecycle (workflow 3). A start is checked with availability's `checkSlot`
 * inside the transaction that writes it, and the exclusion constraint
 * `bookings_employee_no_overlap` settles races the check cannot see (two customers taking
 * the same slot at once): either way the loser gets a 409 with that day's free times.
 *
 * Scopes: a customer's request finds the business (published) or their booking in their
 * own scope, then writes in the business's tenant scope (with the customer as the user),
 * because the slot check must see every booking of the employee, not only theirs.
 */

export interface Clock {
  now?: Date;
}

/** 409 `booking.bookings.slotTaken`; the route sends `availability` in the error body. */
export class SlotTakenError extends ConflictError {
  constructor(readonly availability: TSlotTakenAvailability) {
    super("booking.bookings.slotTaken");
  }
}

/** The slot check said no: turned into a SlotTakenError once the transaction is over. */
class SlotUnavailable extends Error {}

const EXCLUSION_VIOLATION = "23P01";

function isSlotConflict(error: unknown): boolean {
  if (error instanceof SlotUnavailable) return true;
  const code = (error as { code?: string; cause?: { code?: string } } | null)?.code;
  const causeCode = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return code === EXCLUSION_VIOLATION || causeCode === EXCLUSION_VIOLATION;
}

interface SlotRequest {
  businessId: string;
  orgId: string;
  serviceIds: string[];
  employeeId: string | null;
  startsAt: Date;
  excludeBookingId?: string;
}

/** Fresh free times of the requested day (business zone) for the same services and employee. */
async function slotTakenError(request: SlotRequest, now: Date): Promise<SlotTakenError> {
  return withTenant({ orgId: request.orgId }, async (tx) => {
    const [day] = await tx.execute<{ date: string; from: Date | string; to: Date | string }>(sql`
      select to_char(d.local_day, 'YYYY-MM-DD') as date,
             (d.local_day at time zone b.time_zone) as "from",
             ((d.local_day + interval '1 day') at time zone b.time_zone) as "to"
      from businesses b,
           lateral (select date_trunc('day', ${request.startsAt.toISOString()}::timestamptz
                                        at time zone b.time_zone) as local_day) d
      where b.id = ${request.businessId}`);
    const details = await findAvailabilityDetails(tx, {
      businessId: request.businessId,
      serviceIds: request.serviceIds,
      employeeId: request.employeeId,
      from: new Date(day!.from),
      to: new Date(day!.to),
      now,
      excludeBookingId: request.excludeBookingId,
    });
    return new SlotTakenError({
      date: day!.date,
      timeZone: details.timeZone,
      durationMinutes: details.durationMinutes,
      bufferMinutes: details.bufferMinutes,
      employees: details.employees,
    });
  });
}

/** Runs a write that takes a slot; a taken slot becomes a 409 with fresh availability. */
async function takingSlot<T>(request: () => SlotRequest | null, now: Date, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    const slot = request();
    if (slot && isSlotConflict(error)) throw await slotTakenError(slot, now);
    throw error;
  }
}

interface VisitInput {
  visitType: "on_site" | "home_visit";
  visitAddress: string | null;
}

function assertVisit(business: BusinessRow, visit: VisitInput): void {
  const offered = business.visitType === "both" || business.visitType === visit.visitType;
  if (!offered) {
    throw new ValidationError({ visitType: ["booking.bookings.validation.visitTypeNotOffered"] });
  }
  if (visit.visitType === "home_visit" && !visit.visitAddress) {
    throw new ValidationError({
      visitAddress: ["booking.bookings.validation.visitAddressRequired"],
    });
  }
}

/** The services as booked (in the order asked), or 422 on an unknown/inactive one. */
async function loadBookedServices(tx: Executor, businessId: string, serviceIds: string[]) {
  const rows = await tx
    .select()
    .from(services)
    .where(
      and(
        eq(services.businessId, businessId),
        inArray(services.id, serviceIds),
        eq(services.active, true),
      ),
    );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const fieldErrors: Record<string, string[]> = {};
  serviceIds.forEach((id, index) => {
    if (!byId.has(id))
      fieldErrors[`serviceIds.${index}`] = ["booking.bookings.validation.serviceNotFound"];
  });
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);
  return serviceIds.map((id) => byId.get(id)!);
}

async function assertEmployee(tx: Executor, businessId: string, employeeId: string | null) {
  if (!employeeId) return;
  const [found] = await tx
    .select({ id: employees.id })
    .from(employees)
    .where(
      and(
        eq(employees.id, employeeId),
        eq(employees.businessId, businessId),
        eq(employees.active, true),
      ),
    );
  if (!found) {
    throw new ValidationError({ employeeId: ["booking.bookings.validation.employeeNotFound"] });
  }
}

interface NewBooking extends VisitInput {
  serviceIds: string[];
  employeeId: string | null;
  startsAt: Date;
  notes?: string | null;
  customerId: string | null;
  clientId: string | null;
  createdBy: "customer" | "business";
  status: "pending" | "confirmed";
}

/** Checks the slot and writes the booking with its service snapshots; returns its id. */
async function insertBooking(
  tx: Executor,
  business: BusinessRow,
  input: NewBooking,
  now: Date,
): Promise<string> {
  assertVisit(business, input);
  const booked = await loadBookedServices(tx, business.id, input.serviceIds);
  await assertEmployee(tx, business.id, input.employeeId);
  const slot = await checkSlot(tx, {
    businessId: business.id,
    serviceIds: input.serviceIds,
    employeeId: input.employeeId,
    startsAt: input.startsAt,
    now,
  });
  if (!slot) throw new SlotUnavailable();
  const [row] = await tx
    .insert(bookings)
    .values({
      orgId: business.orgId,
      businessId: business.id,
      customerId: input.customerId,
      clientId: input.clientId,
      employeeId: slot.employeeId,
      startsAt: input.startsAt,
      endsAt: slot.endsAt,
      occupiedUntil: slot.occupiedUntil,
      visitType: input.visitType,
      visitAddress: input.visitType === "home_visit" ? input.visitAddress : null,
      status: input.status,
      notes: input.notes ?? null,
      createdBy: input.createdBy,
      totalPriceMinor: booked.reduce((sum, service) => sum + service.priceMinor, 0),
      currency: business.currency,
      paymentStatus: "not_required",
      confirmedAt: input.status === "confirmed" ? now : null,
    })
    .returning({ id: bookings.id });
  await tx.insert(bookingItems).values(
    booked.map((service, position) => ({
      orgId: business.orgId,
      bookingId: row!.id,
      serviceId: service.id,
      position,
      name: service.name,
      durationMinutes: service.durationMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      priceMinor: service.priceMinor,
    })),
  );
  return row!.id;
}

/** The customer's client row at the business (kept, or made on their first booking). */
async function ensureCustomerClient(tx: Executor, business: BusinessRow, userId: string) {
  const [existing] = await tx
    .select({ id: businessClients.id })
    .from(businessClients)
    .where(and(eq(businessClients.businessId, business.id), eq(businessClients.userId, userId)));
  if (existing) return existing.id;
  const [user] = await tx
    .select({ name: users.name, email: users.email, phone: users.phone })
    .from(users)
    .where(eq(users.id, userId));
  const values = {
    orgId: business.orgId,
    businessId: business.id,
    userId,
    name: user?.name || user?.email || "",
  };
  const [made] = await tx
    .insert(businessClients)
    .values({ ...values, email: user?.email ?? null })
    .onConflictDoNothing()
    .returning({ id: businessClients.id });
  if (made) return made.id;
  // The business already has this address on a client it invited: that client is them.
  const [invited] = await tx
    .select({ id: businessClients.id })
    .from(businessClients)
    .where(
      and(eq(businessClients.businessId, business.id), eq(businessClients.email, user!.email!)),
    );
  return invited?.id ?? null;
}

// ---------- Customer ----------

/** Booking attempts per customer: plenty for real use, too few to hoard a day's slots. */
export const BOOKING_CREATE_LIMIT: RateLimitRule = {
  name: "booking-create:user",
  limit: 20,
  windowSeconds: 60 * 60,
};

/** A customer books services at a published business; auto-confirm decides the status. */
export async function createCustomerBooking(
  userId: string,
  input: TCreateBooking,
  clock: Clock = {},
): Promise<{ id: string }> {
  const now = clock.now ?? new Date();
  await consumeRateLimit(BOOKING_CREATE_LIMIT, userId);
  const business = await withUserScope(userId, (tx) => loadPublishedBusiness(tx, input.businessId));
  const request = { ...input, businessId: business.id, orgId: business.orgId };
  const id = await takingSlot(
    () => request,
    now,
    () =>
      withTenant({ orgId: business.orgId, userId }, async (tx) => {
        const clientId = await ensureCustomerClient(tx, business, userId);
        const bookingId = await insertBooking(
          tx,
          business,
          {
            ...input,
            customerId: userId,
            clientId,
            createdBy: "customer",
            status: business.autoConfirm ? "confirmed" : "pending",
          },
          now,
        );
        await notifyBookingChange(tx, bookingId, "booked", { actorUserId: userId });
        await announceBookingChange(tx, business.orgId, bookingId);
        return bookingId;
      }),
  );
  return { id };
}

/** The customer's booking (org and business), or 404 for anyone else's. */
async function findMyBooking(userId: string, bookingId: string) {
  const [found] = await withUserScope(userId, (tx) =>
    tx
      .select({ orgId: bookings.orgId })
      .from(bookings)
      .where(and(eq(bookings.id, bookingId), eq(bookings.customerId, userId))),
  );
  if (!found) throw new NotFoundError("booking.bookings.notFound");
  return found;
}

/** The booking, locked for the change, with its business's rules; 404 outside the org. */
async function lockBooking(tx: Executor, orgId: string, bookingId: string) {
  const [booking] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.orgId, orgId)))
    .for("update");
  if (!booking) throw new NotFoundError("booking.bookings.notFound");
  const business = await loadOrgBusiness(tx, orgId, booking.businessId);
  return { booking, business };
}

async function bookedServiceIds(tx: Executor, bookingId: string): Promise<string[]> {
  const items = await tx
    .select({ serviceId: bookingItems.serviceId })
    .from(bookingItems)
    .where(eq(bookingItems.bookingId, bookingId))
    .orderBy(asc(bookingItems.position));
  const ids = items.map((item) => item.serviceId);
  // A service deleted since: the booking can no longer be moved, only canceled.
  if (ids.some((id) => id === null)) throw new ConflictError("booking.bookings.notActive");
  return ids as string[];
}

type BookingRow = typeof bookings.$inferSelect;

/** Moves a booking (checked like a new one, its own time counting as free). */
async function moveBooking(
  tx: Executor,
  booking: BookingRow,
  serviceIds: string[],
  target: { startsAt: Date; employeeId: string | null; status: BookingRow["status"] },
  now: Date,
) {
  await assertEmployee(tx, booking.businessId, target.employeeId);
  const slot = await checkSlot(tx, {
    businessId: booking.businessId,
    serviceIds,
    employeeId: target.employeeId,
    startsAt: target.startsAt,
    now,
    excludeBookingId: booking.id,
  });
  if (!slot) throw new SlotUnavailable();
  await tx
    .update(bookings)
    .set({
      startsAt: target.startsAt,
      endsAt: slot.endsAt,
      occupiedUntil: slot.occupiedUntil,
      employeeId: slot.employeeId,
      status: target.status,
      confirmedAt: target.status === "confirmed" ? (booking.confirmedAt ?? now) : null,
      updatedAt: now,
    })
    .where(eq(bookings.id, booking.id));
  // Reminders follow the new time.
  await tx.delete(bookingReminders).where(eq(bookingReminders.bookingId, booking.id));
}

/** The customer moves their booking (within the window) and/or edits their notes. */
export async function updateMyBooking(
  userId: string,
  bookingId: string,
  input: TUpdateMyBooking,
  clock: Clock = {},
): Promise<void> {
  const now = clock.now ?? new Date();
  const { orgId } = await findMyBooking(userId, bookingId);
  let slotRequest: SlotRequest | null = null;
  await takingSlot(
    () => slotRequest,
    now,
    () =>
      withTenant({ orgId, userId }, async (tx) => {
        const { booking, business } = await lockBooking(tx, orgId, bookingId);
        if (input.startsAt) {
          assertCustomerMayChange(booking, business.cancellationWindowHours, now);
          const serviceIds = await bookedServiceIds(tx, booking.id);
          const employeeId = input.employeeId === undefined ? booking.employeeId : input.employeeId;
          slotRequest = {
            businessId: booking.businessId,
            orgId,
            serviceIds,
            employeeId,
            startsAt: input.startsAt,
            excludeBookingId: booking.id,
          };
          await moveBooking(
            tx,
            booking,
            serviceIds,
            {
              startsAt: input.startsAt,
              employeeId,
              status: statusAfterReschedule(booking.status, "customer", business.autoConfirm),
            },
            now,
          );
        } else {
          assertActive(booking);
        }
        if (input.notes !== undefined) {
          await tx
            .update(bookings)
            .set({ notes: input.notes, updatedAt: now })
            .where(eq(bookings.id, booking.id));
        }
        if (input.startsAt) {
          await notifyBookingChange(tx, booking.id, "rescheduled", {
            actorUserId: userId,
            previousStartsAt: booking.startsAt,
          });
        }
        await announceBookingChange(tx, orgId, booking.id);
      }),
  );
}

/** The customer cancels, until the business's cancellation window closes. */
export async function cancelMyBooking(
  userId: string,
  bookingId: string,
  input: TCancelMyBooking,
  clock: Clock = {},
): Promise<void> {
  const now = clock.now ?? new Date();
  const { orgId } = await findMyBooking(userId, bookingId);
  await withTenant({ orgId, userId }, async (tx) => {
    const { booking, business } = await lockBooking(tx, orgId, bookingId);
    assertCustomerMayChange(booking, business.cancellationWindowHours, now);
    await setStatus(tx, booking.id, "canceled", now, {
      canceledBy: "customer",
      cancelReason: input.reason ?? null,
    });
    await notifyBookingChange(tx, booking.id, "canceled", {
      actorUserId: userId,
      reason: input.reason,
    });
    await announceBookingChange(tx, orgId, booking.id);
  });
}

async function setStatus(
  tx: Executor,
  bookingId: string,
  status: BookingRow["status"],
  now: Date,
  extra: Partial<typeof bookings.$inferInsert> = {},
) {
  const stamps: Partial<typeof bookings.$inferInsert> = {
    confirmed: { confirmedAt: now },
    rejected: { rejectedAt: now },
    canceled: { canceledAt: now },
    completed: { completedAt: now },
    pending: {},
    no_show: {},
  }[status];
  await tx
    .update(bookings)
    .set({ status, updatedAt: now, ...stamps, ...extra })
    .where(eq(bookings.id, bookingId));
}

// ---------- Business ----------

/** The business books for one of its clients; its own bookings are confirmed at once. */
export async function createClientBooking(
  context: OrgContext,
  input: TCreateClientBooking,
  clock: Clock = {},
): Promise<{ id: string }> {
  assertCan(context, "bookings.write");
  const now = clock.now ?? new Date();
  const request = { ...input, orgId: context.orgId };
  const id = await takingSlot(
    () => request,
    now,
    () =>
      withTenant(context, async (tx) => {
        const business = await loadOrgBusiness(tx, context.orgId, input.businessId);
        const [client] = await tx
          .select({ id: businessClients.id, userId: businessClients.userId })
          .from(businessClients)
          .where(
            and(
              eq(businessClients.id, input.clientId),
              eq(businessClients.businessId, business.id),
            ),
          );
        if (!client) {
          throw new ValidationError({ clientId: ["booking.bookings.validation.clientNotFound"] });
        }
        const bookingId = await insertBooking(
          tx,
          business,
          {
            ...input,
            customerId: client.userId,
            clientId: client.id,
            createdBy: "business",
            status: "confirmed",
          },
          now,
        );
        await notifyBookingChange(tx, bookingId, "booked", { actorUserId: context.userId });
        await announceBookingChange(tx, context.orgId, bookingId);
        return bookingId;
      }),
  );
  return { id };
}

/** Runs a business action on one of the org's bookings, locked; 404 across orgs. */
function onManagedBooking(
  context: OrgContext,
  bookingId: string,
  work: (tx: Executor, found: Awaited<ReturnType<typeof lockBooking>>) => Promise<void>,
): Promise<void> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const found = await lockBooking(tx, context.orgId, bookingId);
    await work(tx, found);
    await announceBookingChange(tx, context.orgId, bookingId);
  });
}

export function confirmBooking(context: OrgContext, bookingId: string, clock: Clock = {}) {
  const now = clock.now ?? new Date();
  return onManagedBooking(context, bookingId, async (tx, { booking }) => {
    assertPending(booking);
    await setStatus(tx, booking.id, "confirmed", now);
    await notifyBookingChange(tx, booking.id, "confirmed", { actorUserId: context.userId });
  });
}

export function rejectBooking(
  context: OrgContext,
  bookingId: string,
  input: TRejectBooking,
  clock: Clock = {},
) {
  const now = clock.now ?? new Date();
  return onManagedBooking(context, bookingId, async (tx, { booking }) => {
    assertPending(booking);
    await setStatus(tx, booking.id, "rejected", now, { cancelReason: input.reason ?? null });
    await notifyBookingChange(tx, booking.id, "rejected", {
      actorUserId: context.userId,
      reason: input.reason,
    });
  });
}

/** The business cancels at any time, saying why. */
export function cancelManagedBooking(
  context: OrgContext,
  bookingId: string,
  input: TBusinessReason,
  clock: Clock = {},
) {
  const now = clock.now ?? new Date();
  return onManagedBooking(context, bookingId, async (tx, { booking }) => {
    assertBusinessMayCancel(booking);
    await setStatus(tx, booking.id, "canceled", now, {
      canceledBy: "business",
      cancelReason: input.reason,
    });
    await notifyBookingChange(tx, booking.id, "canceled", {
      actorUserId: context.userId,
      reason: input.reason,
    });
  });
}

export function markNoShow(context: OrgContext, bookingId: string, clock: Clock = {}) {
  const now = clock.now ?? new Date();
  return onManagedBooking(context, bookingId, async (tx, { booking }) => {
    assertMayMarkNoShow(booking, now);
    await setStatus(tx, booking.id, "no_show", now);
  });
}

/** The business moves a booking (drag in the calendar); the status stays. */
export async function rescheduleManagedBooking(
  context: OrgContext,
  bookingId: string,
  input: TRescheduleBooking,
  clock: Clock = {},
): Promise<void> {
  const now = clock.now ?? new Date();
  let slotRequest: SlotRequest | null = null;
  await takingSlot(
    () => slotRequest,
    now,
    () =>
      onManagedBooking(context, bookingId, async (tx, { booking }) => {
        assertBusinessMayReschedule(booking, now);
        const serviceIds = await bookedServiceIds(tx, booking.id);
        const employeeId = input.employeeId === undefined ? booking.employeeId : input.employeeId;
        slotRequest = {
          businessId: booking.businessId,
          orgId: context.orgId,
          serviceIds,
          employeeId,
          startsAt: input.startsAt,
          excludeBookingId: booking.id,
        };
        await moveBooking(
          tx,
          booking,
          serviceIds,
          { startsAt: input.startsAt, employeeId, status: booking.status },
          now,
        );
        await notifyBookingChange(tx, booking.id, "rescheduled", {
          actorUserId: context.userId,
          previousStartsAt: booking.startsAt,
        });
      }),
  );
}

/** The business's notes on a booking. */
export function updateManagedBooking(
  context: OrgContext,
  bookingId: string,
  input: TUpdateManagedBooking,
  clock: Clock = {},
) {
  const now = clock.now ?? new Date();
  return onManagedBooking(context, bookingId, async (tx, { booking }) => {
    await tx
      .update(bookings)
      .set({ notes: input.notes || null, updatedAt: now })
      .where(eq(bookings.id, booking.id));
  });
}
