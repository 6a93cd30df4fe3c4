import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { callTimes, laborRequirements, laborTypes } from "@/db/schema/staffing";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUniqueViolation } from "@/db/errors";
import { type OrgContext, withTenant } from "@/lib/tenancy";
import { loadCallTime } from "./call-times.queries";
import type { EventAccess } from "./event-access";
import { announce } from "./live";
import type { TCreateRequirement, TRequirement, TUpdateRequirement } from "./events.schemas";
import { requirementRequestCounts } from "./requests.queries";
import type { TRequestCounts } from "./requests.schemas";

const requirementColumns = {
  id: laborRequirements.id,
  callTimeId: laborRequirements.callTimeId,
  laborTypeId: laborTypes.id,
  laborTypeName: laborTypes.name,
  needed: laborRequirements.needed,
  firstComePositions: laborRequirements.firstComePositions,
  payRateMinor: laborRequirements.payRateMinor,
  payRules: laborRequirements.payRules,
  confirmedCount: laborRequirements.confirmedCount,
  createdAt: laborRequirements.createdAt,
  updatedAt: laborRequirements.updatedAt,
};

interface RequirementRow {
  id: string;
  callTimeId: string;
  laborTypeId: string;
  laborTypeName: string;
  needed: number;
  firstComePositions: number;
  payRateMinor: number | null;
  payRules: TRequirement["payRules"];
  confirmedCount: number;
  createdAt: Date;
  updatedAt: Date;
}

function toRequirementDto(row: RequirementRow, counts: TRequestCounts | undefined): TRequirement {
  return {
    id: row.id,
    callTimeId: row.callTimeId,
    laborType: { id: row.laborTypeId, name: row.laborTypeName },
    needed: row.needed,
    firstComePositions: row.firstComePositions,
    payRateMinor: row.payRateMinor,
    payRules: row.payRules,
    // The places taken (confirmed_count) are what the over-fill guard counts, so they are the
    // confirmed number shown; the other states come from the requests.
    counts: {
      ...(counts ?? emptyCounts),
      confirmed: row.confirmedCount,
      unfilled: row.needed - row.confirmedCount,
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const emptyCounts: TRequestCounts = {
  queued: 0,
  sent: 0,
  available: 0,
  declined: 0,
  confirmed: 0,
  canceled: 0,
  noShow: 0,
  unfilled: 0,
};

/** Requirement rows with their request counts, in one grouped query for all of them. */
async function withCounts(
  tx: Executor,
  orgId: string,
  rows: RequirementRow[],
): Promise<TRequirement[]> {
  const counts = await requirementRequestCounts(
    tx,
    orgId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toRequirementDto(row, counts.get(row.id)));
}

function selectRequirements(tx: Executor, orgId: string) {
  return tx
    .select(requirementColumns)
    .from(laborRequirements)
    .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
    .where(eq(laborRequirements.orgId, orgId))
    .$dynamic();
}

/**
 * A requirement of the org whose event the caller may reach (404 otherwise); locked when it
 * is about to change, not when it is only read.
 */
async function loadRequirement(
  tx: Executor,
  context: OrgContext,
  requirementId: string,
  access: EventAccess,
): Promise<RequirementRow> {
  const query = tx
    .select(requirementColumns)
    .from(laborRequirements)
    .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
    .where(and(eq(laborRequirements.orgId, context.orgId), eq(laborRequirements.id, requirementId)))
    .$dynamic();
  const [row] =
    access === "staff" ? await query.for("update", { of: laborRequirements }) : await query;
  if (!row) throw new NotFoundError("staffing.events.requirementNotFound");
  try {
    await loadCallTime(tx, context, row.callTimeId, access);
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError("staffing.events.requirementNotFound");
    }
    throw error;
  }
  return row;
}

async function findRequirement(tx: Executor, orgId: string, requirementId: string) {
  const [row] = await selectRequirements(tx, orgId).where(
    and(eq(laborRequirements.orgId, orgId), eq(laborRequirements.id, requirementId)),
  );
  const [dto] = await withCounts(tx, orgId, [row!]);
  return dto!;
}

/** The requirements of several call times (already access-checked), by labor type name. */
export async function listRequirementsIn(
  tx: Executor,
  orgId: string,
  callTimeIds: string[],
): Promise<TRequirement[]> {
  if (callTimeIds.length === 0) return [];
  const rows = await selectRequirements(tx, orgId)
    .where(
      and(eq(laborRequirements.orgId, orgId), inArray(laborRequirements.callTimeId, callTimeIds)),
    )
    .orderBy(asc(laborTypes.name), asc(laborRequirements.id));
  return withCounts(tx, orgId, rows);
}

/** Constraint failures the checks in code already cover, should a race slip past them. */
function mapRequirementError(error: unknown): never {
  if (isUniqueViolation(error, "labor_requirements_call_time_type_key")) {
    throw new ConflictError("staffing.events.duplicateLaborType", undefined, {
      laborTypeId: ["staffing.events.duplicateLaborType"],
    });
  }
  const cause = ((error as { cause?: unknown })?.cause ?? error) as {
    code?: string;
    constraint_name?: string;
  };
  if (cause?.code === "23514" && cause.constraint_name === "labor_requirements_confirmed_check") {
    throw new ConflictError("staffing.events.neededBelowConfirmed", undefined, {
      needed: ["staffing.events.neededBelowConfirmed"],
    });
  }
  throw error;
}

export async function listRequirements(
  context: OrgContext,
  callTimeId: string,
): Promise<TRequirement[]> {
  return withTenant(context, async (tx) => {
    await loadCallTime(tx, context, callTimeId, "read");
    return listRequirementsIn(tx, context.orgId, [callTimeId]);
  });
}

/** One requirement with its request counts (pending, available, confirmed, declined, unfilled). */
export async function getRequirement(
  context: OrgContext,
  requirementId: string,
): Promise<TRequirement> {
  return withTenant(context, async (tx) => {
    await loadRequirement(tx, context, requirementId, "read");
    return findRequirement(tx, context.orgId, requirementId);
  });
}

export async function createRequirement(
  context: OrgContext,
  callTimeId: string,
  input: TCreateRequirement,
): Promise<TRequirement> {
  return withTenant(context, async (tx) => {
    await loadCallTime(tx, context, callTimeId, "staff");
    const [laborType] = await tx
      .select({ id: laborTypes.id })
      .from(laborTypes)
      .where(and(eq(laborTypes.orgId, context.orgId), eq(laborTypes.id, input.laborTypeId)));
    if (!laborType) {
      throw new ValidationError({ laborTypeId: ["staffing.events.validation.laborTypeNotFound"] });
    }
    // A savepoint keeps the transaction usable when the unique index refuses the row.
    const id = await tx
      .transaction(async (savepoint) => {
        const [row] = await savepoint
          .insert(laborRequirements)
          .values({
            orgId: context.orgId,
            callTimeId,
            laborTypeId: input.laborTypeId,
            needed: input.needed,
            firstComePositions: input.firstComePositions,
            payRateMinor: input.payRateMinor ?? null,
            payRules: input.payRules ?? {},
          })
          .returning({ id: laborRequirements.id });
        return row!.id;
      })
      .catch(mapRequirementError);
    await announceRequirement(tx, context.orgId, callTimeId, id);
    return findRequirement(tx, context.orgId, id);
  });
}

/** Tells the org's screens a requirement changed (its event and call time, for filtering). */
async function announceRequirement(
  tx: Executor,
  orgId: string,
  callTimeId: string,
  requirementId: string,
): Promise<void> {
  const [callTime] = await tx
    .select({ eventId: callTimes.eventId })
    .from(callTimes)
    .where(eq(callTimes.id, callTimeId));
  await announce(tx, orgId, {
    kind: "requirement",
    eventId: callTime?.eventId,
    callTimeId,
    requirementId,
  });
}

export async function updateRequirement(
  context: OrgContext,
  requirementId: string,
  input: TUpdateRequirement,
): Promise<TRequirement> {
  return withTenant(context, async (tx) => {
    const current = await loadRequirement(tx, context, requirementId, "staff");
    const needed = input.needed ?? current.needed;
    const firstComePositions = input.firstComePositions ?? current.firstComePositions;
    if (needed < current.confirmedCount) {
      throw new ConflictError("staffing.events.neededBelowConfirmed", undefined, {
        needed: ["staffing.events.neededBelowConfirmed"],
      });
    }
    if (firstComePositions > needed) {
      throw new ValidationError({
        firstComePositions: ["staffing.events.validation.firstComeAboveNeeded"],
      });
    }
    await tx
      .transaction((savepoint) =>
        savepoint
          .update(laborRequirements)
          .set({ ...input, updatedAt: new Date() })
          .where(eq(laborRequirements.id, requirementId)),
      )
      .catch(mapRequirementError);
    await announceRequirement(tx, context.orgId, current.callTimeId, requirementId);
    return findRequirement(tx, context.orgId, requirementId);
  });
}

export async function deleteRequirement(
  context: OrgContext,
  requirementId: string,
): Promise<{ id: string }> {
  return withTenant(context, async (tx) => {
    const current = await loadRequirement(tx, context, requirementId, "staff");
    await tx.delete(laborRequirements).where(eq(laborRequirements.id, requirementId));
    await announceRequirement(tx, context.orgId, current.callTimeId, requirementId);
    return { id: requirementId };
  });
}
