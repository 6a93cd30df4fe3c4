import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  callTimes,
  laborRequests,
  laborRequirements,
  mealBreaks,
  timeEntries,
  timeEntryAudits,
} from "@/db/schema/staffing";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { announce } from "./live";
import { assertAccessAs } from "./event-access";
import { findTimeEntry } from "./time-entries.queries";
import type {
  TCreateMealBreak,
  TMealBreak,
  TSignIn,
  TSignOut,
  TTimeEntry,
  TUpdateMealBreak,
  TUpdateTimeEntry,
} from "./time-entries.schemas";

/**
 * Workflow 8: the manager or the event's steward signs workers in and out, edits the times
 * and the meal breaks. Every change writes `time_entry_audits` rows (who, field, old → new)
 * in the same transaction, so the history can never miss an edit.
 */

interface Audit {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** The live change of a worker's time entry: their row of the call time's time sheet. */
function announceEntry(
  tx: Executor,
  context: OrgContext,
  where: { eventId: string; callTimeId: string; requestId: string },
): Promise<void> {
  const { eventId, callTimeId, requestId } = where;
  return announce(tx, context.orgId, { kind: "time-entry", eventId, callTimeId, requestId });
}

async function writeAudits(
  tx: Executor,
  context: OrgContext,
  timeEntryId: string,
  audits: Audit[],
): Promise<void> {
  if (!audits.length) return;
  await tx.insert(timeEntryAudits).values(
    audits.map((audit) => ({
      orgId: context.orgId,
      timeEntryId,
      actorUserId: context.userId,
      ...audit,
    })),
  );
}

const iso = (instant: Date | null | undefined) => instant?.toISOString() ?? null;

function describeBreak(item: { startsAt: Date; durationMinutes: number; paid: boolean }) {
  return `${item.startsAt.toISOString()} ${item.durationMinutes} min ${item.paid ? "paid" : "unpaid"}`;
}

/** The sign-out must come after the sign-in, and needs one (the table checks it too). */
function assertOrder(signedInAt: Date | null, signedOutAt: Date | null, field: string) {
  if (!signedOutAt) return;
  if (!signedInAt || signedOutAt.getTime() <= signedInAt.getTime()) {
    throw new ValidationError({ [field]: ["staffing.timesheet.validation.outBeforeIn"] });
  }
}

/** A request of the org with its scheduled start, locked; 404 out of scope, 409 unless confirmed. */
async function loadConfirmedRequest(tx: Executor, context: OrgContext, requestId: string) {
  assertCan(context, "staffing.timesheets.write");
  const [request] = await tx
    .select({
      id: laborRequests.id,
      state: laborRequests.state,
      eventId: callTimes.eventId,
      callTimeId: callTimes.id,
      scheduledStart: callTimes.startsAt,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .where(and(eq(laborRequests.orgId, context.orgId), eq(laborRequests.id, requestId)))
    .for("update", { of: laborRequests });
  if (!request) throw new NotFoundError("staffing.timesheet.requestNotFound");
  await assertAccessAs(tx, context, request.eventId, "staff", "staffing.timesheet.requestNotFound");
  if (request.state !== "confirmed") {
    throw new ConflictError("staffing.timesheet.requestNotConfirmed");
  }
  return request;
}

async function loadEntryForWrite(tx: Executor, context: OrgContext, timeEntryId: string) {
  assertCan(context, "staffing.timesheets.write");
  const entry = await findTimeEntry(tx, context.orgId, timeEntryId);
  if (!entry) throw new NotFoundError("staffing.timesheet.timeEntryNotFound");
  await assertAccessAs(tx, context, entry.eventId, "staff", "staffing.timesheet.timeEntryNotFound");
  await tx
    .select({ id: timeEntries.id })
    .from(timeEntries)
    .where(eq(timeEntries.id, entry.id))
    .for("update");
  return entry;
}

async function entryDto(tx: Executor, timeEntryId: string): Promise<TTimeEntry> {
  const [entry] = await tx.select().from(timeEntries).where(eq(timeEntries.id, timeEntryId));
  const breaks = await tx
    .select()
    .from(mealBreaks)
    .where(eq(mealBreaks.timeEntryId, timeEntryId))
    .orderBy(mealBreaks.startsAt, mealBreaks.id);
  return {
    id: entry!.id,
    requestId: entry!.requestId,
    signedInAt: iso(entry!.signedInAt),
    signedOutAt: iso(entry!.signedOutAt),
    breaks: breaks.map(breakDto),
  };
}

function breakDto(row: typeof mealBreaks.$inferSelect): TMealBreak {
  return {
    id: row.id,
    timeEntryId: row.timeEntryId,
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    paid: row.paid,
  };
}

/** Signs a confirmed worker in, at the scheduled call time unless `at` says otherwise. */
export async function signIn(
  context: OrgContext,
  requestId: string,
  input: TSignIn,
): Promise<TTimeEntry> {
  return withTenant(context, async (tx) => {
    const request = await loadConfirmedRequest(tx, context, requestId);
    const at = input.at ? new Date(input.at) : request.scheduledStart;
    const [existing] = await tx
      .select()
      .from(timeEntries)
      .where(eq(timeEntries.requestId, request.id));
    if (existing?.signedInAt) throw new ConflictError("staffing.timesheet.alreadySignedIn");
    let entryId: string;
    if (existing) {
      await tx
        .update(timeEntries)
        .set({ signedInAt: at, updatedAt: new Date() })
        .where(eq(timeEntries.id, existing.id));
      entryId = existing.id;
    } else {
      const [created] = await tx
        .insert(timeEntries)
        .values({ orgId: context.orgId, requestId: request.id, signedInAt: at })
        .returning({ id: timeEntries.id });
      entryId = created!.id;
    }
    await writeAudits(tx, context, entryId, [
      { field: "signedInAt", oldValue: null, newValue: iso(at) },
    ]);
    await announceEntry(tx, context, { ...request, requestId: request.id });
    return entryDto(tx, entryId);
  });
}

/** Signs a signed-in worker out, now unless `at` says otherwise; it must follow the sign-in. */
export async function signOut(
  context: OrgContext,
  requestId: string,
  input: TSignOut,
): Promise<TTimeEntry> {
  return withTenant(context, async (tx) => {
    const request = await loadConfirmedRequest(tx, context, requestId);
    const [entry] = await tx
      .select()
      .from(timeEntries)
      .where(eq(timeEntries.requestId, request.id));
    if (!entry?.signedInAt) throw new ConflictError("staffing.timesheet.notSignedIn");
    if (entry.signedOutAt) throw new ConflictError("staffing.timesheet.alreadySignedOut");
    const at = input.at ? new Date(input.at) : new Date();
    assertOrder(entry.signedInAt, at, "at");
    await tx
      .update(timeEntries)
      .set({ signedOutAt: at, updatedAt: new Date() })
      .where(eq(timeEntries.id, entry.id));
    await writeAudits(tx, context, entry.id, [
      { field: "signedOutAt", oldValue: null, newValue: iso(at) },
    ]);
    await announceEntry(tx, context, { ...request, requestId: request.id });
    return entryDto(tx, entry.id);
  });
}

/** Corrects the start and/or end; audits only the fields that really change. */
export async function updateTimeEntry(
  context: OrgContext,
  timeEntryId: string,
  input: TUpdateTimeEntry,
): Promise<TTimeEntry> {
  return withTenant(context, async (tx) => {
    const entry = await loadEntryForWrite(tx, context, timeEntryId);
    const signedInAt =
      input.signedInAt !== undefined ? new Date(input.signedInAt) : entry.signedInAt;
    const signedOutAt =
      input.signedOutAt === undefined
        ? entry.signedOutAt
        : input.signedOutAt === null
          ? null
          : new Date(input.signedOutAt);
    assertOrder(
      signedInAt,
      signedOutAt,
      input.signedOutAt !== undefined ? "signedOutAt" : "signedInAt",
    );
    const audits: Audit[] = [];
    if (iso(signedInAt) !== iso(entry.signedInAt)) {
      audits.push({
        field: "signedInAt",
        oldValue: iso(entry.signedInAt),
        newValue: iso(signedInAt),
      });
    }
    if (iso(signedOutAt) !== iso(entry.signedOutAt)) {
      audits.push({
        field: "signedOutAt",
        oldValue: iso(entry.signedOutAt),
        newValue: iso(signedOutAt),
      });
    }
    if (audits.length) {
      await tx
        .update(timeEntries)
        .set({ signedInAt, signedOutAt, updatedAt: new Date() })
        .where(eq(timeEntries.id, entry.id));
      await writeAudits(tx, context, entry.id, audits);
      await announceEntry(tx, context, entry);
    }
    return entryDto(tx, entry.id);
  });
}

export async function addMealBreak(
  context: OrgContext,
  timeEntryId: string,
  input: TCreateMealBreak,
): Promise<TMealBreak> {
  return withTenant(context, async (tx) => {
    const entry = await loadEntryForWrite(tx, context, timeEntryId);
    const [row] = await tx
      .insert(mealBreaks)
      .values({
        orgId: context.orgId,
        timeEntryId: entry.id,
        startsAt: new Date(input.startsAt),
        durationMinutes: input.durationMinutes,
        paid: input.paid,
      })
      .returning();
    await writeAudits(tx, context, entry.id, [
      { field: "break", oldValue: null, newValue: describeBreak(row!) },
    ]);
    await announceEntry(tx, context, entry);
    return breakDto(row!);
  });
}

async function loadBreakForWrite(tx: Executor, context: OrgContext, breakId: string) {
  const [row] = await tx
    .select()
    .from(mealBreaks)
    .where(and(eq(mealBreaks.orgId, context.orgId), eq(mealBreaks.id, breakId)));
  if (!row) throw new NotFoundError("staffing.timesheet.mealBreakNotFound");
  try {
    const entry = await loadEntryForWrite(tx, context, row.timeEntryId);
    return { ...row, entry };
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError("staffing.timesheet.mealBreakNotFound");
    }
    throw error;
  }
}

export async function updateMealBreak(
  context: OrgContext,
  breakId: string,
  input: TUpdateMealBreak,
): Promise<TMealBreak> {
  return withTenant(context, async (tx) => {
    const current = await loadBreakForWrite(tx, context, breakId);
    const next = {
      startsAt: input.startsAt !== undefined ? new Date(input.startsAt) : current.startsAt,
      durationMinutes: input.durationMinutes ?? current.durationMinutes,
      paid: input.paid ?? current.paid,
    };
    if (describeBreak(next) === describeBreak(current)) return breakDto(current);
    await announceEntry(tx, context, current.entry);
    const [row] = await tx
      .update(mealBreaks)
      .set(next)
      .where(eq(mealBreaks.id, current.id))
      .returning();
    await writeAudits(tx, context, current.timeEntryId, [
      { field: "break", oldValue: describeBreak(current), newValue: describeBreak(next) },
    ]);
    return breakDto(row!);
  });
}

export async function deleteMealBreak(
  context: OrgContext,
  breakId: string,
): Promise<{ id: string }> {
  return withTenant(context, async (tx) => {
    const current = await loadBreakForWrite(tx, context, breakId);
    await tx.delete(mealBreaks).where(eq(mealBreaks.id, current.id));
    await announceEntry(tx, context, current.entry);
    await writeAudits(tx, context, current.timeEntryId, [
      { field: "break", oldValue: describeBreak(current), newValue: null },
    ]);
    return { id: current.id };
  });
}
