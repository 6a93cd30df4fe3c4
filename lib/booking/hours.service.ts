import { TZDate } from "@date-fns/tz";
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { businesses, employees, services, timeOff, workingHours } from "@/db/schema/booking";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { loadOrgBusiness } from "./business-access";
import { businessHoursRows, toTimeOff } from "./hours.queries";
import type {
  TBatchHours,
  TBusinessHours,
  TCreateTimeOff,
  THoursRange,
  TSetHours,
  TTimeOff,
  TUpdateTimeOff,
} from "./hours.schemas";

export async function getBusinessHours(
  context: OrgContext,
  businessId: string,
): Promise<TBusinessHours> {
  assertCan(context, "bookings.read");
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    return { timeZone: business.timeZone, hours: await businessHoursRows(tx, businessId) };
  });
}

async function assertInBusiness(
  tx: Executor,
  table: typeof employees | typeof services,
  businessId: string,
  id: string,
  field: string,
  messageKey: string,
) {
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.businessId, businessId), eq(table.id, id)));
  if (!row) throw new ValidationError({ [field]: [messageKey] });
}

/** Replaces one level's week (business, employee, service, or employee + service). */
async function replaceLevel(
  tx: Executor,
  orgId: string,
  businessId: string,
  level: { employeeId: string | null; serviceId: string | null },
  ranges: THoursRange[],
) {
  await tx
    .delete(workingHours)
    .where(
      and(
        eq(workingHours.businessId, businessId),
        level.employeeId === null
          ? isNull(workingHours.employeeId)
          : eq(workingHours.employeeId, level.employeeId),
        level.serviceId === null
          ? isNull(workingHours.serviceId)
          : eq(workingHours.serviceId, level.serviceId),
      ),
    );
  if (ranges.length > 0) {
    await tx.insert(workingHours).values(
      ranges.map((range) => ({
        orgId,
        businessId,
        employeeId: level.employeeId,
        serviceId: level.serviceId,
        weekday: range.weekday,
        opensAt: range.opensAt,
        closesAt: range.closesAt,
        kind: range.kind,
      })),
    );
  }
}

/**
 * Sets the week of one level. The employee and the service must belong to the business
 * (422); an empty week removes the level, so the one above applies again.
 */
export async function setHours(
  context: OrgContext,
  businessId: string,
  input: TSetHours,
): Promise<TBusinessHours> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    if (input.employeeId) {
      await assertInBusiness(
        tx,
        employees,
        businessId,
        input.employeeId,
        "employeeId",
        "booking.catalog.validation.employeeNotFound",
      );
    }
    if (input.serviceId) {
      await assertInBusiness(
        tx,
        services,
        businessId,
        input.serviceId,
        "serviceId",
        "booking.catalog.validation.serviceNotFound",
      );
    }
    await replaceLevel(tx, context.orgId, businessId, input, input.ranges);
    return { timeZone: business.timeZone, hours: await businessHoursRows(tx, businessId) };
  });
}

/** The batch editor: the same week for many employees at once, all or none. */
export async function setEmployeesHours(
  context: OrgContext,
  businessId: string,
  input: TBatchHours,
): Promise<TBusinessHours> {
  assertCan(context, "bookings.write");
  const employeeIds = [...new Set(input.employeeIds)];
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    const found = new Set(
      (
        await tx
          .select({ id: employees.id })
          .from(employees)
          .where(and(eq(employees.businessId, businessId), inArray(employees.id, employeeIds)))
      ).map((row) => row.id),
    );
    const errors = Object.fromEntries(
      input.employeeIds
        .map((id, index) => [index, id] as const)
        .filter(([, id]) => !found.has(id))
        .map(([index]) => [
          `employeeIds.${index}`,
          ["booking.catalog.validation.employeeNotFound"],
        ]),
    );
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    for (const employeeId of employeeIds) {
      await replaceLevel(
        tx,
        context.orgId,
        businessId,
        { employeeId, serviceId: null },
        input.ranges,
      );
    }
    return { timeZone: business.timeZone, hours: await businessHoursRows(tx, businessId) };
  });
}

// ---------- time off and closures ----------

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/** An instant from the API: as given when it has an offset, else a wall time in `timeZone`. */
export function instantIn(value: string, timeZone: string): Date {
  if (HAS_ZONE.test(value)) return new Date(value);
  const [date, time = "00:00"] = value.split("T");
  const [year, month, day] = date!.split("-").map(Number);
  const [hours, minutes, seconds = 0] = time.split(":").map(Number);
  return new Date(
    new TZDate(
      year!,
      month! - 1,
      day!,
      hours!,
      minutes!,
      Math.floor(seconds),
      0,
      timeZone,
    ).getTime(),
  );
}

export async function listTimeOff(
  context: OrgContext,
  businessId: string,
  query: { from?: string; employeeId?: string },
  now = new Date(),
): Promise<TTimeOff[]> {
  assertCan(context, "bookings.read");
  return withTenant(context, async (tx) => {
    await loadOrgBusiness(tx, context.orgId, businessId);
    const rows = await tx
      .select()
      .from(timeOff)
      .where(
        and(
          eq(timeOff.businessId, businessId),
          gt(timeOff.endsAt, query.from ? new Date(query.from) : now),
          query.employeeId ? eq(timeOff.employeeId, query.employeeId) : undefined,
        ),
      )
      .orderBy(asc(timeOff.startsAt));
    return rows.map(toTimeOff);
  });
}

/** A closure of the whole business (no employee) or one employee's time off. */
export async function createTimeOff(
  context: OrgContext,
  businessId: string,
  input: TCreateTimeOff,
): Promise<TTimeOff> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const business = await loadOrgBusiness(tx, context.orgId, businessId);
    if (input.employeeId) {
      await assertInBusiness(
        tx,
        employees,
        businessId,
        input.employeeId,
        "employeeId",
        "booking.catalog.validation.employeeNotFound",
      );
    }
    const startsAt = instantIn(input.startsAt, business.timeZone);
    const endsAt = instantIn(input.endsAt, business.timeZone);
    if (endsAt <= startsAt) {
      throw new ValidationError({ endsAt: ["booking.hours.validation.endBeforeStart"] });
    }
    const [row] = await tx
      .insert(timeOff)
      .values({
        orgId: context.orgId,
        businessId,
        employeeId: input.employeeId,
        startsAt,
        endsAt,
        reason: input.reason ?? null,
      })
      .returning();
    return toTimeOff(row!);
  });
}

/** Moves a closure or time off, or changes its reason; its end still follows its start (422). */
export async function updateTimeOff(
  context: OrgContext,
  timeOffId: string,
  input: TUpdateTimeOff,
): Promise<TTimeOff> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const [current] = await tx
      .select({ row: timeOff, timeZone: businesses.timeZone })
      .from(timeOff)
      .innerJoin(businesses, eq(businesses.id, timeOff.businessId))
      .where(and(eq(timeOff.orgId, context.orgId), eq(timeOff.id, timeOffId)))
      .for("update", { of: timeOff });
    if (!current) throw new NotFoundError("booking.hours.timeOffNotFound");
    const startsAt = input.startsAt
      ? instantIn(input.startsAt, current.timeZone)
      : current.row.startsAt;
    const endsAt = input.endsAt ? instantIn(input.endsAt, current.timeZone) : current.row.endsAt;
    if (endsAt <= startsAt) {
      throw new ValidationError({ endsAt: ["booking.hours.validation.endBeforeStart"] });
    }
    const [row] = await tx
      .update(timeOff)
      .set({
        startsAt,
        endsAt,
        ...(input.reason !== undefined ? { reason: input.reason } : {}),
      })
      .where(eq(timeOff.id, timeOffId))
      .returning();
    return toTimeOff(row!);
  });
}

export async function deleteTimeOff(
  context: OrgContext,
  timeOffId: string,
): Promise<{ id: string }> {
  assertCan(context, "bookings.write");
  return withTenant(context, async (tx) => {
    const [row] = await tx
      .delete(timeOff)
      .where(and(eq(timeOff.orgId, context.orgId), eq(timeOff.id, timeOffId)))
      .returning({ id: timeOff.id });
    if (!row) throw new NotFoundError("booking.hours.timeOffNotFound");
    return { id: row.id };
  });
}
