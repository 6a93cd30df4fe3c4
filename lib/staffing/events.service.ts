import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships } from "@/db/schema";
import { eventStewards, events, locations } from "@/db/schema/staffing";
import { ConflictError, ValidationError } from "@/lib/errors";
import { assertCan, can, type OrgContext, type OrgRole, withTenant } from "@/lib/tenancy";
import { assertEventAccess } from "./event-access";
import { findEvent } from "./events.queries";
import type { TCreateEvent, TEvent, TUpdateEvent } from "./events.schemas";
import { announce, type StaffingChange } from "./live";
import { sendEventCanceledNotices } from "./notices";
import { cancelEventRequests } from "./requests.service";

type EventStatus = TEvent["status"];

/** Where an event may go from each state; canceled and completed are final. */
const NEXT_STATUSES: Record<EventStatus, readonly EventStatus[]> = {
  draft: ["active", "canceled"],
  active: ["completed", "canceled"],
  canceled: [],
  completed: [],
};

async function assertLocationInOrg(tx: Executor, orgId: string, locationId: string) {
  const [found] = await tx
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, locationId)));
  if (!found) {
    throw new ValidationError({ locationId: ["staffing.events.validation.locationNotFound"] });
  }
}

export async function createEvent(context: OrgContext, input: TCreateEvent): Promise<TEvent> {
  assertCan(context, "staffing.events.write");
  return withTenant(context, async (tx) => {
    if (input.locationId) await assertLocationInOrg(tx, context.orgId, input.locationId);
    const [row] = await tx
      .insert(events)
      .values({
        orgId: context.orgId,
        name: input.name,
        description: input.description ?? null,
        locationId: input.locationId ?? null,
        startDate: input.startDate,
        endDate: input.endDate,
        payRules: input.payRules ?? {},
        createdBy: context.userId,
      })
      .returning({ id: events.id });
    await announce(tx, context.orgId, { kind: "event", eventId: row!.id });
    return findEvent(tx, context.orgId, row!.id);
  });
}

export async function updateEvent(
  context: OrgContext,
  eventId: string,
  input: TUpdateEvent,
): Promise<TEvent> {
  assertCan(context, "staffing.events.write");
  return withTenant(context, async (tx) => {
    await assertEventAccess(tx, context, eventId, "read");
    const [current] = await tx
      .select({
        status: events.status,
        name: events.name,
        startDate: events.startDate,
        endDate: events.endDate,
      })
      .from(events)
      .where(eq(events.id, eventId))
      .for("update");
    const { status, startDate, endDate } = current!;
    const statusChanges = input.status !== undefined && input.status !== status;
    if (statusChanges && !NEXT_STATUSES[status].includes(input.status!)) {
      throw new ConflictError("staffing.events.invalidTransition", {
        from: status,
        to: input.status!,
      });
    }
    const otherFields = Object.keys(input).filter((key) => key !== "status");
    if (NEXT_STATUSES[status].length === 0 && otherFields.length > 0) {
      throw new ConflictError("staffing.events.eventClosed");
    }
    if ((input.endDate ?? endDate) < (input.startDate ?? startDate)) {
      throw new ValidationError({ endDate: ["staffing.events.validation.endBeforeStart"] });
    }
    if (input.locationId) await assertLocationInOrg(tx, context.orgId, input.locationId);
    await tx
      .update(events)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(events.id, eventId));
    const changes: StaffingChange[] = [{ kind: "event", eventId }];
    // Canceling (once: canceled is final, and the row lock orders two cancels) withdraws
    // every open request and tells confirmed and available workers by text.
    if (statusChanges && input.status === "canceled") {
      const { canceledIds, toTellIds } = await cancelEventRequests(tx, context.orgId, eventId);
      await sendEventCanceledNotices(
        tx,
        {
          id: eventId,
          orgId: context.orgId,
          name: input.name ?? current!.name,
          startDate: input.startDate ?? startDate,
        },
        toTellIds,
      );
      if (canceledIds.length > 0) changes.push({ kind: "request", eventId });
    }
    await announce(tx, context.orgId, ...changes);
    return findEvent(tx, context.orgId, eventId);
  });
}

/**
 * Only drafts are deleted (with their call times and labor); an event that went out to
 * workers is canceled instead, so its history stays.
 */
export async function deleteEvent(context: OrgContext, eventId: string): Promise<{ id: string }> {
  assertCan(context, "staffing.events.write");
  return withTenant(context, async (tx) => {
    const event = await assertEventAccess(tx, context, eventId, "read");
    if (event.status !== "draft") throw new ConflictError("staffing.events.onlyDraftsDeleted");
    await tx.delete(events).where(eq(events.id, eventId));
    await announce(tx, context.orgId, { kind: "event", eventId });
    return { id: eventId };
  });
}

/** Replaces the event's stewards; each must be a member whose role may run staffing. */
export async function setEventStewards(
  context: OrgContext,
  eventId: string,
  userIds: string[],
): Promise<TEvent> {
  assertCan(context, "staffing.events.write");
  const wanted = [...new Set(userIds)];
  return withTenant(context, async (tx) => {
    await assertEventAccess(tx, context, eventId, "read");
    const members =
      wanted.length === 0
        ? []
        : await tx
            .select({ userId: memberships.userId, role: memberships.role })
            .from(memberships)
            .where(and(eq(memberships.orgId, context.orgId), inArray(memberships.userId, wanted)));
    const eligible = new Set(
      members
        .filter((member) => can(member.role as OrgRole, "staffing.read"))
        .map((member) => member.userId),
    );
    const refused = wanted
      .map((userId, index) => ({ userId, index }))
      .filter(({ userId }) => !eligible.has(userId));
    if (refused.length > 0) {
      throw new ValidationError(
        Object.fromEntries(
          refused.map(({ index }) => [
            `userIds.${index}`,
            ["staffing.events.validation.stewardNotEligible"],
          ]),
        ),
      );
    }
    await tx.delete(eventStewards).where(eq(eventStewards.eventId, eventId));
    if (wanted.length > 0) {
      await tx
        .insert(eventStewards)
        .values(wanted.map((userId) => ({ orgId: context.orgId, eventId, userId })));
    }
    await announce(tx, context.orgId, { kind: "event", eventId });
    return findEvent(tx, context.orgId, eventId);
  });
}
