import { and, asc, count, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { laborTypes, workerLaborTypes } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { withTenant } from "@/lib/tenancy/scope";
import type { TLaborType } from "./people.schemas";

const laborTypeColumns = {
  id: laborTypes.id,
  name: laborTypes.name,
  createdAt: laborTypes.createdAt,
  workerCount: count(workerLaborTypes.workerId),
};

function toLaborTypeDto(row: {
  id: string;
  name: string;
  createdAt: Date;
  workerCount: number;
}): TLaborType {
  return {
    id: row.id,
    name: row.name,
    workerCount: row.workerCount,
    createdAt: row.createdAt.toISOString(),
  };
}

function selectLaborTypes(tx: Executor, orgId: string, id?: string) {
  return tx
    .select(laborTypeColumns)
    .from(laborTypes)
    .leftJoin(workerLaborTypes, eq(workerLaborTypes.laborTypeId, laborTypes.id))
    .where(
      id ? and(eq(laborTypes.orgId, orgId), eq(laborTypes.id, id)) : eq(laborTypes.orgId, orgId),
    )
    .groupBy(laborTypes.id)
    .orderBy(asc(laborTypes.name), asc(laborTypes.id));
}

/** The org's labor types by name, each with how many workers have it. */
export async function listLaborTypes(context: OrgContext): Promise<TLaborType[]> {
  assertCan(context, "staffing.read");
  return withTenant(context, async (tx) =>
    (await selectLaborTypes(tx, context.orgId)).map(toLaborTypeDto),
  );
}

/** One labor type of the org, or 404 (also for another org's). */
export async function findLaborType(tx: Executor, orgId: string, id: string): Promise<TLaborType> {
  const [row] = await selectLaborTypes(tx, orgId, id);
  if (!row) throw new NotFoundError("staffing.laborTypeNotFound");
  return toLaborTypeDto(row);
}
