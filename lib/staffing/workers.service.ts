import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { laborRequests, laborTypes, workerLaborTypes, workerPhones, workers } from "@/db/schema";
import { ConflictError, type FieldErrors, ValidationError } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/scope";
import { isUniqueViolation } from "@/db/errors";
import type { TWorker, TWorkerInput, TWorkerPatch } from "./people.schemas";
import { normalizePhoneEntries, type PhoneEntry, phoneEntries, phoneOwners } from "./worker-phones";
import { findWorker } from "./workers.queries";

const PHONE_KEY = "worker_phones_org_phone_key";

/** The phones in E.164, primary first; 422 naming each bad or repeated field. */
function validPhones(entries: PhoneEntry[]) {
  const { phones, errors } = normalizePhoneEntries(entries);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return phones;
}

/** 422 unless every id is a labor type of this org (RLS hides other orgs' anyway). */
async function assertLaborTypes(tx: Executor, orgId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .select({ id: laborTypes.id })
    .from(laborTypes)
    .where(and(eq(laborTypes.orgId, orgId), inArray(laborTypes.id, unique)));
  if (found.length !== unique.length) {
    throw new ValidationError({ laborTypeIds: ["staffing.laborTypeUnknown"] });
  }
}

/** 409 naming the field of every phone another worker of the org already has. */
async function assertPhonesFree(
  tx: Executor,
  orgId: string,
  phones: (PhoneEntry & { phone: string })[],
  exceptWorkerId?: string,
): Promise<void> {
  const owners = await phoneOwners(
    tx,
    orgId,
    phones.map((entry) => entry.phone),
    exceptWorkerId,
  );
  const errors: FieldErrors = {};
  for (const entry of phones) {
    if (owners.has(entry.phone)) errors[entry.field] = ["staffing.phoneTaken"];
  }
  if (Object.keys(errors).length > 0) {
    throw new ConflictError("staffing.phoneTaken", undefined, errors);
  }
}

/** Two managers saving the same number at once: the unique index decides, we answer 409. */
function phoneRace(error: unknown): never {
  if (isUniqueViolation(error, PHONE_KEY)) {
    throw new ConflictError("staffing.phoneTaken", undefined, { phone: ["staffing.phoneTaken"] });
  }
  throw error;
}

/** Writes a worker's phones (first primary) and labor types, replacing what they had. */
export async function writeWorkerDetails(
  tx: Executor,
  orgId: string,
  workerId: string,
  details: { phones?: string[]; laborTypeIds?: string[] },
): Promise<void> {
  if (details.phones) {
    await tx.delete(workerPhones).where(eq(workerPhones.workerId, workerId));
    await tx.insert(workerPhones).values(
      details.phones.map((phone, index) => ({
        orgId,
        workerId,
        phone,
        isPrimary: index === 0,
      })),
    );
  }
  if (details.laborTypeIds) {
    await tx.delete(workerLaborTypes).where(eq(workerLaborTypes.workerId, workerId));
    const unique = [...new Set(details.laborTypeIds)];
    if (unique.length > 0) {
      await tx
        .insert(workerLaborTypes)
        .values(unique.map((laborTypeId) => ({ orgId, workerId, laborTypeId })));
    }
  }
}

export async function createWorker(context: OrgContext, input: TWorkerInput): Promise<TWorker> {
  assertCan(context, "staffing.events.write");
  const phones = validPhones(phoneEntries(input.phone, input.alternatePhones));
  return withTenant(context, async (tx) => {
    await assertLaborTypes(tx, context.orgId, input.laborTypeIds);
    await assertPhonesFree(tx, context.orgId, phones);
    const [row] = await tx
      .insert(workers)
      .values({
        orgId: context.orgId,
        name: input.name,
        email: input.email,
        notes: input.notes,
        active: input.active,
      })
      .returning({ id: workers.id });
    await writeWorkerDetails(tx, context.orgId, row!.id, {
      phones: phones.map((entry) => entry.phone),
      laborTypeIds: input.laborTypeIds,
    });
    return findWorker(tx, context.orgId, row!.id);
  }).catch(phoneRace);
}

/**
 * Changes a worker. `alternatePhones` and `laborTypeIds` replace the lists; SMS consent can
 * only be set to "stopped" (a worker who said in person they want no texts): consent itself
 * is recorded from the worker's own reply, never by a manager.
 */
export async function updateWorker(
  context: OrgContext,
  id: string,
  patch: TWorkerPatch,
): Promise<TWorker> {
  assertCan(context, "staffing.events.write");
  return withTenant(context, async (tx) => {
    const current = await findWorker(tx, context.orgId, id);
    let phones: string[] | undefined;
    if (patch.phone !== undefined || patch.alternatePhones !== undefined) {
      const entries = validPhones(
        phoneEntries(
          patch.phone ?? current.phone ?? "",
          patch.alternatePhones ?? current.alternatePhones,
        ),
      );
      await assertPhonesFree(tx, context.orgId, entries, id);
      phones = entries.map((entry) => entry.phone);
    }
    if (patch.laborTypeIds) await assertLaborTypes(tx, context.orgId, patch.laborTypeIds);

    const changes: Partial<typeof workers.$inferInsert> = { updatedAt: new Date() };
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.email !== undefined) changes.email = patch.email;
    if (patch.notes !== undefined) changes.notes = patch.notes;
    if (patch.active !== undefined) changes.active = patch.active;
    if (patch.smsConsent !== undefined) changes.smsConsent = patch.smsConsent;
    await tx
      .update(workers)
      .set(changes)
      .where(and(eq(workers.orgId, context.orgId), eq(workers.id, id)));
    await writeWorkerDetails(tx, context.orgId, id, { phones, laborTypeIds: patch.laborTypeIds });
    return findWorker(tx, context.orgId, id);
  }).catch(phoneRace);
}

/**
 * Deletes a worker who was never asked to work. One with labor requests is deactivated
 * instead: their requests, hours and reliability are history that payroll and the event
 * reports still read, and a delete would cascade them away.
 */
export async function removeWorker(
  context: OrgContext,
  id: string,
): Promise<{ id: string; outcome: "deleted" | "deactivated" }> {
  assertCan(context, "staffing.events.write");
  return withTenant(context, async (tx) => {
    await findWorker(tx, context.orgId, id);
    const [request] = await tx
      .select({ id: laborRequests.id })
      .from(laborRequests)
      .where(and(eq(laborRequests.orgId, context.orgId), eq(laborRequests.workerId, id)))
      .limit(1);
    if (request) {
      await tx
        .update(workers)
        .set({ active: false, updatedAt: new Date() })
        .where(and(eq(workers.orgId, context.orgId), eq(workers.id, id)));
      return { id, outcome: "deactivated" as const };
    }
    await tx.delete(workers).where(and(eq(workers.orgId, context.orgId), eq(workers.id, id)));
    return { id, outcome: "deleted" as const };
  });
}
