import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { callTimeChanges, callTimes, laborRequirements } from "@/db/schema/staffing";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { callTimeColumns, eventTimeZone, loadCallTime, toCallTimeDto } from "./call-times.queries";
import { assertEventAccess } from "./event-access";
import type { TCallTime, TCopyCallTime, TCreateCallTime, TUpdateCallTime } from "./events.schemas";
import { announce } from "./live";
import { requeueCopiedRequests } from "./requests.service";
import { askConfirmedWorkersAboutTimeChange } from "./time-changes.service";
import { zonedWallTimeToInstant } from "./zoned-time";

/** The instant a start names: given as such, or as a wall time in the event's zone. */
function startOf(
  input: { startsAt?: string; date?: string; time?: string },
  timeZone: string,
): Date | undefined {
  if (input.startsAt !== undefined) return new Date(input.startsAt);
  if (input.date === undefined || input.time === undefined) return undefined;
  return zonedWallTimeToInstant(input.date, input.time, timeZone);
}

export async function createCallTime(
  context: OrgContext,
  eventId: string,
  input: TCreateCallTime,
): Promise<TCallTime> {
  return withTenant(context, async (tx) => {
    await assertEventAccess(tx, context, eventId, "staff");
    const timeZone = await eventTimeZone(tx, context.orgId, eventId);
    const [row] = await tx
      .insert(callTimes)
      .values({
        orgId: context.orgId,
        eventId,
        name: input.name,
        startsAt: startOf(input, timeZone)!,
        message: input.message ?? null,
        payRules: input.payRules ?? {},
      })
      .returning(callTimeColumns);
    await announce(tx, context.orgId, { kind: "call-time", eventId, callTimeId: row!.id });
    return toCallTimeDto(row!, timeZone);
  });
}

/**
 * Changes a call time. A new start is written to the history in the same transaction, and
 * each confirmed worker is asked, by a text, whether they can make the new time (see
 * time-changes.service.ts): neither can miss a change.
 */
export async function updateCallTime(
  context: OrgContext,
  callTimeId: string,
  input: TUpdateCallTime,
): Promise<TCallTime> {
  return withTenant(context, async (tx) => {
    const { callTime } = await loadCallTime(tx, context, callTimeId, "staff");
    const timeZone = await eventTimeZone(tx, context.orgId, callTime.eventId);
    const startsAt = startOf(input, timeZone);
    const [row] = await tx
      .update(callTimes)
      .set({
        name: input.name,
        startsAt,
        message: input.message,
        payRules: input.payRules,
        updatedAt: new Date(),
      })
      .where(eq(callTimes.id, callTimeId))
      .returning(callTimeColumns);
    if (startsAt && startsAt.getTime() !== callTime.startsAt.getTime()) {
      const [change] = await tx
        .insert(callTimeChanges)
        .values({
          orgId: context.orgId,
          callTimeId,
          previousStartsAt: callTime.startsAt,
          newStartsAt: startsAt,
          changedBy: context.userId,
        })
        .returning({ id: callTimeChanges.id });
      await askConfirmedWorkersAboutTimeChange(tx, {
        orgId: context.orgId,
        callTimeId,
        changeId: change!.id,
        previousStartsAt: callTime.startsAt,
        newStartsAt: startsAt,
      });
    }
    await announce(tx, context.orgId, {
      kind: "call-time",
      eventId: callTime.eventId,
      callTimeId,
    });
    return toCallTimeDto(row!, timeZone);
  });
}

export async function deleteCallTime(
  context: OrgContext,
  callTimeId: string,
): Promise<{ id: string }> {
  return withTenant(context, async (tx) => {
    const { callTime } = await loadCallTime(tx, context, callTimeId, "staff");
    await tx.delete(callTimes).where(eq(callTimes.id, callTimeId));
    await announce(tx, context.orgId, {
      kind: "call-time",
      eventId: callTime.eventId,
      callTimeId,
    });
    return { id: callTimeId };
  });
}

/** Pairs of (original, copy) requirement ids, for whoever re-queues the same workers. */
export type RequirementCopies = { fromId: string; toId: string }[];

/** Clones a call time's requirements onto another call time, with no one confirmed. */
export async function cloneRequirements(
  tx: Executor,
  orgId: string,
  fromCallTimeId: string,
  toCallTimeId: string,
): Promise<RequirementCopies> {
  const originals = await tx
    .select({
      id: laborRequirements.id,
      laborTypeId: laborRequirements.laborTypeId,
      needed: laborRequirements.needed,
      firstComePositions: laborRequirements.firstComePositions,
      payRateMinor: laborRequirements.payRateMinor,
      payRules: laborRequirements.payRules,
    })
    .from(laborRequirements)
    .where(
      and(eq(laborRequirements.orgId, orgId), eq(laborRequirements.callTimeId, fromCallTimeId)),
    );
  if (originals.length === 0) return [];
  const copies = await tx
    .insert(laborRequirements)
    .values(
      originals.map(({ id: _id, ...requirement }) => ({
        ...requirement,
        orgId,
        callTimeId: toCallTimeId,
      })),
    )
    .returning({ id: laborRequirements.id, laborTypeId: laborRequirements.laborTypeId });
  const copyByType = new Map(copies.map((copy) => [copy.laborTypeId, copy.id]));
  return originals.map((original) => ({
    fromId: original.id,
    toId: copyByType.get(original.laborTypeId)!,
  }));
}

/**
 * Copies a call time to another start with its requirements (workflow 6) and re-queues the
 * same workers on the copies (`requeueCopiedRequests`: those whose request was still open),
 * all in `tx`. The requirement pairs are handed back for callers that want them.
 */
export async function copyCallTimeIn(
  tx: Executor,
  context: OrgContext,
  callTimeId: string,
  input: TCopyCallTime,
): Promise<{ callTime: TCallTime; requirements: RequirementCopies }> {
  const { callTime } = await loadCallTime(tx, context, callTimeId, "staff");
  const timeZone = await eventTimeZone(tx, context.orgId, callTime.eventId);
  const [row] = await tx
    .insert(callTimes)
    .values({
      orgId: context.orgId,
      eventId: callTime.eventId,
      name: input.name ?? callTime.name,
      startsAt: startOf(input, timeZone)!,
      message: callTime.message,
      payRules: callTime.payRules,
    })
    .returning(callTimeColumns);
  const requirements = await cloneRequirements(tx, context.orgId, callTimeId, row!.id);
  await requeueCopiedRequests(tx, context.orgId, requirements);
  await announce(tx, context.orgId, {
    kind: "call-time",
    eventId: callTime.eventId,
    callTimeId: row!.id,
  });
  return { callTime: toCallTimeDto(row!, timeZone), requirements };
}

export async function copyCallTime(
  context: OrgContext,
  callTimeId: string,
  input: TCopyCallTime,
): Promise<TCallTime> {
  return withTenant(context, async (tx) => {
    const { callTime } = await copyCallTimeIn(tx, context, callTimeId, input);
    return callTime;
  });
}
