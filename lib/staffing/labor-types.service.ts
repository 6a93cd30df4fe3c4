import { and, eq } from "drizzle-orm";
import { laborTypes } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/scope";
import { isForeignKeyViolation, isUniqueViolation } from "@/db/errors";
import { findLaborType } from "./labor-types.queries";
import type { TLaborType, TLaborTypeInput } from "./people.schemas";

const nameTaken = () =>
  new ConflictError("staffing.laborTypeNameTaken", undefined, {
    name: ["staffing.laborTypeNameTaken"],
  });

export async function createLaborType(
  context: OrgContext,
  input: TLaborTypeInput,
): Promise<TLaborType> {
  assertCan(context, "staffing.events.write");
  try {
    return await withTenant(context, async (tx) => {
      const [row] = await tx
        .insert(laborTypes)
        .values({ orgId: context.orgId, name: input.name })
        .returning({ id: laborTypes.id });
      return findLaborType(tx, context.orgId, row!.id);
    });
  } catch (error) {
    // The unique index on lower(name) makes "Rigger" and "rigger" the same type.
    if (isUniqueViolation(error, "labor_types_org_name_key")) throw nameTaken();
    throw error;
  }
}

export async function renameLaborType(
  context: OrgContext,
  id: string,
  input: TLaborTypeInput,
): Promise<TLaborType> {
  assertCan(context, "staffing.events.write");
  try {
    return await withTenant(context, async (tx) => {
      await findLaborType(tx, context.orgId, id);
      await tx
        .update(laborTypes)
        .set({ name: input.name })
        .where(and(eq(laborTypes.orgId, context.orgId), eq(laborTypes.id, id)));
      return findLaborType(tx, context.orgId, id);
    });
  } catch (error) {
    if (isUniqueViolation(error, "labor_types_org_name_key")) throw nameTaken();
    throw error;
  }
}

/**
 * Removes a labor type and its assignments to workers. One that an event's requirement
 * uses stays (409): the requirement would lose what it asks for.
 */
export async function deleteLaborType(context: OrgContext, id: string): Promise<{ id: string }> {
  assertCan(context, "staffing.events.write");
  try {
    return await withTenant(context, async (tx) => {
      await findLaborType(tx, context.orgId, id);
      await tx
        .delete(laborTypes)
        .where(and(eq(laborTypes.orgId, context.orgId), eq(laborTypes.id, id)));
      return { id };
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new ConflictError("staffing.laborTypeInUse");
    throw error;
  }
}
