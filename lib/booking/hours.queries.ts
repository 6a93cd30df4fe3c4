import { and, asc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { employees, services, timeOff, workingHours } from "@/db/schema/booking";
import { loadPublishedBusiness } from "./business-access";
import type { THoursEntry, TPublicHours, TTimeOff } from "./hours.schemas";

type HoursRow = typeof workingHours.$inferSelect;

/** `09:00:00` as stored → `09:00` as entered; PostgreSQL keeps 24:00 as `24:00:00`. */
const wallTime = (value: string) => value.slice(0, 5);

export function toHoursEntry(row: HoursRow): THoursEntry {
  return {
    id: row.id,
    employeeId: row.employeeId,
    serviceId: row.serviceId,
    weekday: row.weekday,
    opensAt: wallTime(row.opensAt),
    closesAt: wallTime(row.closesAt),
    kind: row.kind,
  };
}

/** Every weekly row of a business (all levels), by level, weekday and time. */
export async function businessHoursRows(tx: Executor, businessId: string): Promise<THoursEntry[]> {
  const rows = await tx
    .select()
    .from(workingHours)
    .where(eq(workingHours.businessId, businessId))
    .orderBy(
      sql`${workingHours.employeeId} asc nulls first`,
      sql`${workingHours.serviceId} asc nulls first`,
      asc(workingHours.weekday),
      asc(workingHours.opensAt),
    );
  return rows.map(toHoursEntry);
}

export function toTimeOff(row: typeof timeOff.$inferSelect): TTimeOff {
  return {
    id: row.id,
    employeeId: row.employeeId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    reason: row.reason,
    createdAt: row.createdAt,
  };
}

const PUBLIC_CLOSURE_DAYS = 90;

/**
 * The hours customers see: the business's rows and those of its active employees and
 * services, and the whole-business closures of the next 90 days (employees' time off stays
 * private; availability accounts for it).
 */
export async function publicHours(idOrSlug: string, now = new Date()): Promise<TPublicHours> {
  return getDb().transaction(async (tx) => {
    const business = await loadPublishedBusiness(tx, idOrSlug);
    const rows = await tx
      .select({ hours: workingHours })
      .from(workingHours)
      .leftJoin(employees, eq(employees.id, workingHours.employeeId))
      .leftJoin(services, eq(services.id, workingHours.serviceId))
      .where(
        and(
          eq(workingHours.businessId, business.id),
          or(isNull(workingHours.employeeId), eq(employees.active, true)),
          or(isNull(workingHours.serviceId), eq(services.active, true)),
        ),
      )
      .orderBy(
        sql`${workingHours.employeeId} asc nulls first`,
        sql`${workingHours.serviceId} asc nulls first`,
        asc(workingHours.weekday),
        asc(workingHours.opensAt),
      );
    const until = new Date(now.getTime() + PUBLIC_CLOSURE_DAYS * 24 * 60 * 60 * 1000);
    const closures = await tx
      .select({ startsAt: timeOff.startsAt, endsAt: timeOff.endsAt, reason: timeOff.reason })
      .from(timeOff)
      .where(
        and(
          eq(timeOff.businessId, business.id),
          isNull(timeOff.employeeId),
          gt(timeOff.endsAt, now),
          lt(timeOff.startsAt, until),
        ),
      )
      .orderBy(asc(timeOff.startsAt));
    return {
      timeZone: business.timeZone,
      hours: rows.map(({ hours }) => ({
        employeeId: hours.employeeId,
        serviceId: hours.serviceId,
        weekday: hours.weekday,
        opensAt: wallTime(hours.opensAt),
        closesAt: wallTime(hours.closesAt),
        kind: hours.kind,
      })),
      closures,
    };
  });
}
