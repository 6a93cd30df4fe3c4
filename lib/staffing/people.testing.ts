import { newRequestSecrets } from "./request-codes";
import { asc, eq } from "drizzle-orm";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  locations,
  workerLaborTypes,
  workerPhones,
  workers,
} from "@/db/schema";
import { withSystemScope } from "@/lib/tenancy/scope";

/** Test helpers for the Model section: rows made directly, and snapshots to prove no change. */

export async function createLaborTypeRow(orgId: string, name: string) {
  const [row] = await withSystemScope((tx) =>
    tx.insert(laborTypes).values({ orgId, name }).returning(),
  );
  return row!;
}

export async function createLocationRow(orgId: string, name = "Main Hall") {
  const [row] = await withSystemScope((tx) =>
    tx.insert(locations).values({ orgId, name, timeZone: "Europe/Tirane" }).returning(),
  );
  return row!;
}

/** A worker with a primary phone (and alternates) and labor types. */
export async function createWorkerRow(
  orgId: string,
  input: { name: string; phones: string[]; laborTypeIds?: string[]; email?: string },
) {
  return withSystemScope(async (tx) => {
    const [worker] = await tx
      .insert(workers)
      .values({ orgId, name: input.name, email: input.email ?? null })
      .returning();
    await tx.insert(workerPhones).values(
      input.phones.map((phone, index) => ({
        orgId,
        workerId: worker!.id,
        phone,
        isPrimary: index === 0,
      })),
    );
    if (input.laborTypeIds?.length) {
      await tx
        .insert(workerLaborTypes)
        .values(
          input.laborTypeIds.map((laborTypeId) => ({ orgId, workerId: worker!.id, laborTypeId })),
        );
    }
    return worker!;
  });
}

/** An event at `locationId` with one call time needing `laborTypeId`; optionally a request. */
export async function createRequirementRow(
  orgId: string,
  input: { laborTypeId: string; locationId?: string; requestWorkerId?: string },
) {
  return withSystemScope(async (tx) => {
    const [event] = await tx
      .insert(events)
      .values({
        orgId,
        name: "Concert",
        locationId: input.locationId ?? null,
        startDate: "2026-12-01",
        endDate: "2026-12-01",
      })
      .returning();
    const [callTime] = await tx
      .insert(callTimes)
      .values({
        orgId,
        eventId: event!.id,
        name: "Load in",
        startsAt: new Date("2026-12-01T08:00:00Z"),
      })
      .returning();
    const [requirement] = await tx
      .insert(laborRequirements)
      .values({ orgId, callTimeId: callTime!.id, laborTypeId: input.laborTypeId, needed: 2 })
      .returning();
    if (input.requestWorkerId) {
      await tx.insert(laborRequests).values({
        orgId,
        requirementId: requirement!.id,
        workerId: input.requestWorkerId,
        ...newRequestSecrets(),
      });
    }
    return { event: event!, requirement: requirement! };
  });
}

/** Everything the Model section stores for an org, to prove a refused request changed nothing. */
export async function snapshotPeople(orgId: string) {
  return withSystemScope(async (tx) => ({
    laborTypes: await tx
      .select()
      .from(laborTypes)
      .where(eq(laborTypes.orgId, orgId))
      .orderBy(asc(laborTypes.id)),
    locations: await tx
      .select()
      .from(locations)
      .where(eq(locations.orgId, orgId))
      .orderBy(asc(locations.id)),
    workers: await tx
      .select()
      .from(workers)
      .where(eq(workers.orgId, orgId))
      .orderBy(asc(workers.id)),
    phones: await tx
      .select()
      .from(workerPhones)
      .where(eq(workerPhones.orgId, orgId))
      .orderBy(asc(workerPhones.phone)),
    workerLaborTypes: await tx
      .select()
      .from(workerLaborTypes)
      .where(eq(workerLaborTypes.orgId, orgId))
      .orderBy(asc(workerLaborTypes.workerId), asc(workerLaborTypes.laborTypeId)),
  }));
}
