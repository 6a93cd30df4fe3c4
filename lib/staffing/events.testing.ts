import { asc, eq } from "drizzle-orm";
import {
  callTimeChanges,
  callTimes,
  eventStewards,
  events,
  laborRequirements,
  laborTypes,
  locations,
  staffingSettings,
} from "@/db/schema/staffing";
import { orgWithTeam } from "@/lib/tenancy/testing";
import { withSystemScope } from "@/lib/tenancy/scope";

/** An org with a member of every role, a location in New York and two labor types. */
export async function staffingOrg(name?: string) {
  const { org, team } = await orgWithTeam(name);
  return withSystemScope(async (tx) => {
    const [location] = await tx
      .insert(locations)
      .values({ orgId: org.id, name: "Pier 17", timeZone: "America/New_York" })
      .returning();
    const [stagehand, rigger] = await tx
      .insert(laborTypes)
      .values([
        { orgId: org.id, name: "Stagehand" },
        { orgId: org.id, name: "Rigger" },
      ])
      .returning();
    return {
      org,
      team,
      location: location!,
      laborTypes: { stagehand: stagehand!, rigger: rigger! },
    };
  });
}

/** Every staffing row this issue writes for an org, to prove a refused request changed nothing. */
export async function snapshotStaffing(orgId: string) {
  return withSystemScope(async (tx) => ({
    events: await tx.select().from(events).where(eq(events.orgId, orgId)).orderBy(asc(events.id)),
    stewards: await tx
      .select()
      .from(eventStewards)
      .where(eq(eventStewards.orgId, orgId))
      .orderBy(asc(eventStewards.eventId), asc(eventStewards.userId)),
    callTimes: await tx
      .select()
      .from(callTimes)
      .where(eq(callTimes.orgId, orgId))
      .orderBy(asc(callTimes.id)),
    changes: await tx
      .select()
      .from(callTimeChanges)
      .where(eq(callTimeChanges.orgId, orgId))
      .orderBy(asc(callTimeChanges.id)),
    requirements: await tx
      .select()
      .from(laborRequirements)
      .where(eq(laborRequirements.orgId, orgId))
      .orderBy(asc(laborRequirements.id)),
    settings: await tx.select().from(staffingSettings).where(eq(staffingSettings.orgId, orgId)),
  }));
}
