import { getStaffingSettings, listLocations } from "@/lib/staffing";
import { listMembers } from "@/lib/tenancy";
import type { OrgContext } from "@/lib/tenancy/context";

/**
 * What the event form offers: the org's locations (with their pay rules, for the inherited
 * values), members with the steward role, and the org's default pay rules.
 */
export async function loadEventFormData(org: OrgContext) {
  const [locations, members, settings] = await Promise.all([
    listLocations(org),
    listMembers(org, { role: "steward", page: 1, pageSize: 100 }),
    getStaffingSettings(org),
  ]);
  return {
    locations: locations.map(({ id, name, timeZone, payRules }) => ({
      id,
      name,
      timeZone,
      payRules,
    })),
    stewards: members.items.map(({ userId, name, email, phone }) => ({
      userId,
      name: name || email || phone || "",
    })),
    orgRules: settings.payRules,
  };
}
