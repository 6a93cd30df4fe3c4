import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { staffingSettings } from "@/db/schema/staffing";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import type { TStaffingSettings, TUpdateStaffingSettings } from "./events.schemas";

const settingsColumns = {
  payRules: staffingSettings.payRules,
  reminderHours: staffingSettings.reminderHours,
  autoWithdrawHours: staffingSettings.autoWithdrawHours,
  conflictWindowHours: staffingSettings.conflictWindowHours,
  smsSenderName: staffingSettings.smsSenderName,
  updatedAt: staffingSettings.updatedAt,
};

/**
 * The org's settings row, created with the schema's defaults the first time anyone asks;
 * `on conflict do nothing` lets two first readers race harmlessly.
 */
export async function findStaffingSettings(
  tx: Executor,
  orgId: string,
): Promise<TStaffingSettings> {
  await tx.insert(staffingSettings).values({ orgId }).onConflictDoNothing();
  const [row] = await tx
    .select(settingsColumns)
    .from(staffingSettings)
    .where(eq(staffingSettings.orgId, orgId));
  return { ...row!, updatedAt: row!.updatedAt.toISOString() };
}

export async function getStaffingSettings(context: OrgContext): Promise<TStaffingSettings> {
  assertCan(context, "staffing.read");
  return withTenant(context, (tx) => findStaffingSettings(tx, context.orgId));
}

export async function updateStaffingSettings(
  context: OrgContext,
  input: TUpdateStaffingSettings,
): Promise<TStaffingSettings> {
  assertCan(context, "staffing.events.write");
  return withTenant(context, async (tx) => {
    await tx
      .insert(staffingSettings)
      .values({ orgId: context.orgId, ...input })
      .onConflictDoUpdate({
        target: staffingSettings.orgId,
        set: { ...input, updatedAt: new Date() },
      });
    return findStaffingSettings(tx, context.orgId);
  });
}
