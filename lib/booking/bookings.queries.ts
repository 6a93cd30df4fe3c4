import { and, asc, desc, eq, gt, inArray, lt, lte, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import {
  bookings,
  bookingItems,
  businessClients,
  businesses,
  employees,
} from "@/db/schema/booking";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant, withUserScope } from "@/lib/tenancy/scope";
import { changeableUntil } from "./bookings.rules";
import type {
  TBooking,
  TManagedBooking,
  TManagedBookingsQuery,
  TMyBookingsQuery,
} from "./bookings.schemas";
import { loadOrgBusiness } from "./business-access";
import { pickLocale } from "./localized";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

const bookingColumns = {
  id: bookings.id,
  status: bookings.status,
  businessId: bookings.businessId,
  businessName: businesses.name,
  businessSlug: businesses.slug,
  timeZone: businesses.timeZone,
  businessAddress: businesses.address,
  businessPhone: businesses.phone,
  cancellationWindowHours: businesses.cancellationWindowHours,
  employeeId: bookings.employeeId,
  employeeName: employees.name,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  occupiedUntil: bookings.occupiedUntil,
  visitType: bookings.visitType,
  visitAddress: bookings.visitAddress,
  notes: bookings.notes,
  totalPriceMinor: bookings.totalPriceMinor,
  currency: bookings.currency,
  paymentStatus: bookings.paymentStatus,
  cancelReason: bookings.cancelReason,
  canceledBy: bookings.canceledBy,
  createdBy: bookings.createdBy,
  confirmedAt: bookings.confirmedAt,
  canceledAt: bookings.canceledAt,
  completedAt: bookings.completedAt,
  createdAt: bookings.createdAt,
  customerId: bookings.customerId,
  customerName: users.name,
  customerEmail: users.email,
  clientId: bookings.clientId,
  clientName: businessClients.name,
  clientEmail: businessClients.email,
  clientPhone: businessClients.phone,
};

type BookingRow = {
  [K in keyof typeof bookingColumns]: (typeof bookingColumns)[K]["_"]["data"] | null;
} & { id: string; startsAt: Date; endsAt: Date; occupiedUntil: Date };

/** Bookings with their business, employee, people and items: two queries for any page. */
async function loadRows(
  tx: Executor,
  where: SQL,
  order: SQL[],
  limit?: { limit: number; offset: number },
) {
  // Left joins: a customer still sees their booking at a business that stopped publishing.
  let query = tx
    .select(bookingColumns)
    .from(bookings)
    .leftJoin(businesses, eq(businesses.id, bookings.businessId))
    .leftJoin(employees, eq(employees.id, bookings.employeeId))
    .leftJoin(users, eq(users.id, bookings.customerId))
    .leftJoin(businessClients, eq(businessClients.id, bookings.clientId))
    .where(where)
    .orderBy(...order)
    .$dynamic();
  if (limit) query = query.limit(limit.limit).offset(limit.offset);
  const rows = (await query) as BookingRow[];
  const items = rows.length
    ? await tx
        .select()
        .from(bookingItems)
        .where(
          inArray(
            bookingItems.bookingId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(asc(bookingItems.bookingId), asc(bookingItems.position))
    : [];
  const itemsOf = new Map<string, typeof items>();
  for (const item of items) {
    const list = itemsOf.get(item.bookingId) ?? [];
    list.push(item);
    itemsOf.set(item.bookingId, list);
  }
  return rows.map((row) => ({ row, items: itemsOf.get(row.id) ?? [] }));
}

type Loaded = Awaited<ReturnType<typeof loadRows>>[number];

function toBooking({ row, items }: Loaded, locale: Locale): TBooking {
  return {
    id: row.id,
    status: row.status!,
    business: {
      id: row.businessId!,
      name: row.businessName ?? "",
      slug: row.businessSlug ?? "",
      timeZone: row.timeZone ?? "UTC",
      address: row.businessAddress,
      phone: row.businessPhone,
    },
    employee: { id: row.employeeId!, name: row.employeeName ?? "" },
    services: items.map((item) => ({
      serviceId: item.serviceId,
      name: pickLocale(item.name, locale),
      durationMinutes: item.durationMinutes,
      bufferAfterMinutes: item.bufferAfterMinutes,
      priceMinor: item.priceMinor,
    })),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    visitType: row.visitType!,
    visitAddress: row.visitAddress,
    notes: row.notes,
    totalPriceMinor: row.totalPriceMinor!,
    currency: row.currency!,
    paymentStatus: row.paymentStatus!,
    cancelReason: row.cancelReason,
    canceledBy: row.canceledBy,
    createdBy: row.createdBy!,
    confirmedAt: iso(row.confirmedAt),
    canceledAt: iso(row.canceledAt),
    completedAt: iso(row.completedAt),
    createdAt: row.createdAt!.toISOString(),
    changeableUntil: changeableUntil(row.startsAt, row.cancellationWindowHours ?? 0).toISOString(),
  };
}

function toManagedBooking(loaded: Loaded, locale: Locale): TManagedBooking {
  const { row, items } = loaded;
  return {
    ...toBooking(loaded, locale),
    occupiedUntil: row.occupiedUntil.toISOString(),
    customer: row.customerId
      ? { id: row.customerId, name: row.customerName ?? "", email: row.customerEmail }
      : null,
    client: row.clientId
      ? {
          id: row.clientId,
          name: row.clientName ?? "",
          email: row.clientEmail,
          phone: row.clientPhone,
        }
      : null,
    services: items.map((item) => ({
      serviceId: item.serviceId,
      name: pickLocale(item.name, locale),
      nameLocalized: item.name,
      durationMinutes: item.durationMinutes,
      bufferAfterMinutes: item.bufferAfterMinutes,
      priceMinor: item.priceMinor,
    })),
  };
}

// ---------- The customer's own ----------

/** The customer's bookings across businesses; upcoming soonest first, past newest first. */
export async function listMyBookings(
  userId: string,
  query: TMyBookingsQuery,
  locale: Locale,
  now: Date = new Date(),
) {
  return withUserScope(userId, async (tx) => {
    const conditions = [eq(bookings.customerId, userId)];
    if (query.when === "upcoming") conditions.push(gt(bookings.endsAt, now));
    if (query.when === "past") conditions.push(lte(bookings.endsAt, now));
    if (query.status) conditions.push(eq(bookings.status, query.status));
    const where = and(...conditions)!;
    const order =
      query.when === "upcoming"
        ? [asc(bookings.startsAt), asc(bookings.id)]
        : [desc(bookings.startsAt), desc(bookings.id)];
    const total = await tx.$count(bookings, where);
    const loaded = await loadRows(tx, where, order, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: loaded.map((entry) => toBooking(entry, locale)),
      meta: { page: query.page, pageSize: query.pageSize, total },
    };
  });
}

/** One of the customer's bookings; anyone else's (or an unknown id) is a 404. */
export async function getMyBooking(userId: string, bookingId: string, locale: Locale) {
  return withUserScope(userId, async (tx) => {
    const [found] = await loadRows(
      tx,
      and(eq(bookings.id, bookingId), eq(bookings.customerId, userId))!,
      [asc(bookings.id)],
    );
    if (!found) throw new NotFoundError("booking.bookings.notFound");
    return toBooking(found, locale);
  });
}

// ---------- The business's ----------

/** The org's bookings with filters (the calendar asks for a from/to window). */
export async function listManagedBookings(
  context: OrgContext,
  query: TManagedBookingsQuery,
  locale: Locale,
) {
  assertCan(context, "bookings.read");
  return withTenant(context, async (tx) => {
    if (query.businessId) await loadOrgBusiness(tx, context.orgId, query.businessId);
    if (query.employeeId) {
      // Another org's employee is a 404, like every id the endpoint takes.
      const [employee] = await tx
        .select({ id: employees.id })
        .from(employees)
        .where(and(eq(employees.id, query.employeeId), eq(employees.orgId, context.orgId)));
      if (!employee) throw new NotFoundError("booking.bookings.employeeNotFound");
    }
    const conditions: SQL[] = [eq(bookings.orgId, context.orgId)];
    if (query.businessId) conditions.push(eq(bookings.businessId, query.businessId));
    if (query.employeeId) conditions.push(eq(bookings.employeeId, query.employeeId));
    if (query.status?.length) conditions.push(inArray(bookings.status, query.status));
    if (query.from) conditions.push(gt(bookings.endsAt, query.from));
    if (query.to) conditions.push(lt(bookings.startsAt, query.to));
    const where = and(...conditions)!;
    const total = await tx.$count(bookings, where);
    const order =
      query.sort === "desc"
        ? [desc(bookings.startsAt), desc(bookings.id)]
        : [asc(bookings.startsAt), asc(bookings.id)];
    const loaded = await loadRows(tx, where, order, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: loaded.map((entry) => toManagedBooking(entry, locale)),
      meta: { page: query.page, pageSize: query.pageSize, total },
    };
  });
}

/** One booking of the org's businesses; another org's id is a 404. */
export async function getManagedBooking(context: OrgContext, bookingId: string, locale: Locale) {
  assertCan(context, "bookings.read");
  return withTenant(context, (tx) => loadManagedBooking(tx, context.orgId, bookingId, locale));
}

export async function loadManagedBooking(
  tx: Executor,
  orgId: string,
  bookingId: string,
  locale: Locale,
) {
  const [found] = await loadRows(tx, and(eq(bookings.id, bookingId), eq(bookings.orgId, orgId))!, [
    asc(bookings.id),
  ]);
  if (!found) throw new NotFoundError("booking.bookings.notFound");
  return toManagedBooking(found, locale);
}
