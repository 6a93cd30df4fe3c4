import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  timeEntries,
  timeEntryAudits,
  workerPhones,
  workers,
} from "@/db/schema/staffing";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { staffingOrg } from "./events.testing";
import { newRequestSecrets } from "./request-codes";

/**
 * Fixtures for the worker's side (link page, /work, stations). Rows are inserted directly,
 * each requirement's confirmed count kept in step as the request transitions would.
 */

type Setup = Awaited<ReturnType<typeof staffingOrg>>;
type RequestState = (typeof laborRequests.$inferInsert)["state"];

/** An active event at the org's New York location with two call times `hoursApart` apart. */
export async function workEvent(
  setup: Setup,
  input: { callAt: Date; name?: string; hoursApart?: number; firstCome?: number; needed?: number },
) {
  const orgId = setup.org.id;
  return withSystemScope(async (tx) => {
    const [event] = await tx
      .insert(events)
      .values({
        orgId,
        name: input.name ?? "Harbor Festival",
        locationId: setup.location.id,
        startDate: "2026-12-04",
        endDate: "2026-12-05",
        status: "active",
      })
      .returning();
    const [first, second] = await tx
      .insert(callTimes)
      .values([
        {
          orgId,
          eventId: event!.id,
          name: "Load-in",
          startsAt: input.callAt,
          message: "Bring gloves; enter by the stage door.",
        },
        {
          orgId,
          eventId: event!.id,
          name: "Show",
          startsAt: new Date(input.callAt.getTime() + (input.hoursApart ?? 8) * 3_600_000),
        },
      ])
      .returning();
    const requirement = async (callTimeId: string) => {
      const [row] = await tx
        .insert(laborRequirements)
        .values({
          orgId,
          callTimeId,
          laborTypeId: setup.laborTypes.stagehand.id,
          needed: input.needed ?? 2,
          firstComePositions: input.firstCome ?? 0,
        })
        .returning();
      return row!;
    };
    return {
      event: event!,
      loadIn: first!,
      show: second!,
      loadInCrew: await requirement(first!.id),
      showCrew: await requirement(second!.id),
    };
  });
}

export async function workerWithPhone(orgId: string, name: string, phone: string) {
  return withSystemScope(async (tx) => {
    const [worker] = await tx.insert(workers).values({ orgId, name }).returning();
    await tx.insert(workerPhones).values({ orgId, workerId: worker!.id, phone, isPrimary: true });
    return worker!;
  });
}

export async function addRequest(
  orgId: string,
  requirementId: string,
  workerId: string,
  state: RequestState,
  options: { reserved?: boolean } = {},
) {
  return withSystemScope(async (tx) => {
    const [row] = await tx
      .insert(laborRequests)
      .values({
        orgId,
        requirementId,
        workerId,
        state,
        reserved: options.reserved ?? false,
        sentAt: state === "queued" ? null : new Date(),
        ...newRequestSecrets(),
      })
      .returning();
    if (state === "confirmed") {
      await tx
        .update(laborRequirements)
        .set({ confirmedCount: sql`${laborRequirements.confirmedCount} + 1` })
        .where(eq(laborRequirements.id, requirementId));
    }
    return row!;
  });
}

/** A signed-in user whose verified phone is `phone` (so /work links their workers). */
export async function userWithPhone(phone: string, verified = true) {
  return signedInUser({
    phone,
    phoneVerifiedAt: verified ? new Date() : null,
    name: "Walt Worker",
  });
}

export async function setTimeEntry(
  orgId: string,
  requestId: string,
  signedInAt: Date,
  signedOutAt: Date | null,
) {
  return withSystemScope(async (tx) => {
    const [row] = await tx
      .insert(timeEntries)
      .values({ orgId, requestId, signedInAt, signedOutAt })
      .returning();
    return row!;
  });
}

export async function timeEntryOf(requestId: string) {
  const [row] = await withSystemScope((tx) =>
    tx.select().from(timeEntries).where(eq(timeEntries.requestId, requestId)),
  );
  return row;
}

export async function auditsOf(timeEntryId: string) {
  return withSystemScope((tx) =>
    tx
      .select()
      .from(timeEntryAudits)
      .where(eq(timeEntryAudits.timeEntryId, timeEntryId))
      .orderBy(timeEntryAudits.createdAt),
  );
}

export async function workerRow(workerId: string) {
  const [row] = await withSystemScope((tx) =>
    tx.select().from(workers).where(eq(workers.id, workerId)),
  );
  return row!;
}

export async function userRow(userId: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, userId));
  return row!;
}
