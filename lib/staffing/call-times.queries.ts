import { and, asc, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { callTimeChanges, callTimes, events, locations } from "@/db/schema/staffing";
import { NotFoundError } from "@/lib/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { type AccessibleEvent, assertEventAccess, type EventAccess } from "./event-access";
import type { TCallTime, TCallTimeChange } from "./events.schemas";
import { instantToZonedWallTime } from "./zoned-time";

export const callTimeColumns = {
  id: callTimes.id,
  eventId: callTimes.eventId,
  name: callTimes.name,
  startsAt: callTimes.startsAt,
  message: callTimes.message,
  payRules: callTimes.payRules,
  createdAt: callTimes.createdAt,
  updatedAt: callTimes.updatedAt,
};

export type CallTimeRow = Omit<
  TCallTime,
  "startsAt" | "createdAt" | "updatedAt" | "timeZone" | "date" | "time"
> & {
  startsAt: Date;
  createdAt: Date;
  updatedAt: Date;
};

export function toCallTimeDto(row: CallTimeRow, timeZone: string): TCallTime {
  return {
    ...row,
    startsAt: row.startsAt.toISOString(),
    timeZone,
    ...instantToZonedWallTime(row.startsAt, timeZone),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Where an event's call times are entered and shown: its location's zone, else the org's. */
export async function eventTimeZone(tx: Executor, orgId: string, eventId: string) {
  const [row] = await tx
    .select({ locationZone: locations.timeZone, orgZone: organizations.timeZone })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.orgId))
    .leftJoin(locations, eq(locations.id, events.locationId))
    .where(and(eq(events.orgId, orgId), eq(events.id, eventId)));
  return row?.locationZone ?? row?.orgZone ?? "UTC";
}

/**
 * A call time of the org, after checking the caller's access to its event (a steward's
 * call time on someone else's event is a 404, like the event itself).
 */
export async function loadCallTime(
  tx: Executor,
  context: OrgContext,
  callTimeId: string,
  access: EventAccess,
): Promise<{ callTime: CallTimeRow; event: AccessibleEvent }> {
  const [callTime] = await tx
    .select(callTimeColumns)
    .from(callTimes)
    .where(and(eq(callTimes.orgId, context.orgId), eq(callTimes.id, callTimeId)));
  if (!callTime) throw new NotFoundError("staffing.events.callTimeNotFound");
  try {
    const event = await assertEventAccess(tx, context, callTime.eventId, access);
    return { callTime, event };
  } catch (error) {
    // The event being hidden from this steward hides its call times too.
    if (error instanceof NotFoundError) {
      throw new NotFoundError("staffing.events.callTimeNotFound");
    }
    throw error;
  }
}

export async function listCallTimes(context: OrgContext, eventId: string): Promise<TCallTime[]> {
  return withTenant(context, async (tx) => {
    await assertEventAccess(tx, context, eventId, "read");
    const rows = await tx
      .select(callTimeColumns)
      .from(callTimes)
      .where(and(eq(callTimes.orgId, context.orgId), eq(callTimes.eventId, eventId)))
      .orderBy(asc(callTimes.startsAt), asc(callTimes.name), asc(callTimes.id));
    const timeZone = await eventTimeZone(tx, context.orgId, eventId);
    return rows.map((row) => toCallTimeDto(row, timeZone));
  });
}

export async function getCallTime(context: OrgContext, callTimeId: string): Promise<TCallTime> {
  return withTenant(context, async (tx) => {
    const { callTime } = await loadCallTime(tx, context, callTimeId, "read");
    return toCallTimeDto(callTime, await eventTimeZone(tx, context.orgId, callTime.eventId));
  });
}

/** Every change of the call time's start, newest first, with who made it. */
export async function listCallTimeChanges(
  context: OrgContext,
  callTimeId: string,
): Promise<TCallTimeChange[]> {
  return withTenant(context, async (tx) => {
    await loadCallTime(tx, context, callTimeId, "read");
    const rows = await tx
      .select({
        id: callTimeChanges.id,
        previousStartsAt: callTimeChanges.previousStartsAt,
        newStartsAt: callTimeChanges.newStartsAt,
        changedById: callTimeChanges.changedBy,
        changedByName: users.name,
        createdAt: callTimeChanges.createdAt,
      })
      .from(callTimeChanges)
      .leftJoin(users, eq(users.id, callTimeChanges.changedBy))
      .where(
        and(eq(callTimeChanges.orgId, context.orgId), eq(callTimeChanges.callTimeId, callTimeId)),
      )
      .orderBy(desc(callTimeChanges.createdAt), desc(callTimeChanges.id));
    return rows.map((row) => ({
      id: row.id,
      previousStartsAt: row.previousStartsAt.toISOString(),
      newStartsAt: row.newStartsAt.toISOString(),
      changedBy:
        row.changedById && row.changedByName !== null
          ? { userId: row.changedById, name: row.changedByName }
          : null,
      createdAt: row.createdAt.toISOString(),
    }));
  });
}
