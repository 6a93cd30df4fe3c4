import { and, eq } from "drizzle-orm";
import { locations } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/scope";
import { isForeignKeyViolation } from "@/db/errors";
import { findLocation } from "./locations.queries";
import type { TLocation, TLocationInput, TLocationPatch } from "./people.schemas";

export async function createLocation(
  context: OrgContext,
  input: TLocationInput,
): Promise<TLocation> {
  assertCan(context, "staffing.events.write");
  return withTenant(context, async (tx) => {
    const [row] = await tx
      .insert(locations)
      .values({
        orgId: context.orgId,
        name: input.name,
        address: input.address,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        timeZone: input.timeZone,
        payRules: input.payRules,
      })
      .returning({ id: locations.id });
    return findLocation(tx, context.orgId, row!.id);
  });
}

export async function updateLocation(
  context: OrgContext,
  id: string,
  patch: TLocationPatch,
): Promise<TLocation> {
  assertCan(context, "staffing.events.write");
  return withTenant(context, async (tx) => {
    await findLocation(tx, context.orgId, id);
    const changes: Partial<typeof locations.$inferInsert> = { updatedAt: new Date() };
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.address !== undefined) changes.address = patch.address;
    if (patch.latitude !== undefined) changes.latitude = patch.latitude;
    if (patch.longitude !== undefined) changes.longitude = patch.longitude;
    if (patch.timeZone !== undefined) changes.timeZone = patch.timeZone;
    if (patch.payRules !== undefined) changes.payRules = patch.payRules;
    await tx
      .update(locations)
      .set(changes)
      .where(and(eq(locations.orgId, context.orgId), eq(locations.id, id)));
    return findLocation(tx, context.orgId, id);
  });
}

/** Removes a location no event takes place at; one in use stays (409). */
export async function deleteLocation(context: OrgContext, id: string): Promise<{ id: string }> {
  assertCan(context, "staffing.events.write");
  try {
    return await withTenant(context, async (tx) => {
      await findLocation(tx, context.orgId, id);
      await tx
        .delete(locations)
        .where(and(eq(locations.orgId, context.orgId), eq(locations.id, id)));
      return { id };
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new ConflictError("staffing.locationInUse");
    throw error;
  }
}
