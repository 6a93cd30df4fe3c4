import { ORG_ROLES } from "@/db/schema/tenancy";

export type OrgRole = (typeof ORG_ROLES)[number];
export { ORG_ROLES };

/**
 * Every action a member can be allowed, and which roles hold it. The route wrapper and the
 * dashboard's actions check these names; nothing else compares role names.
 */
const ALL = ORG_ROLES;
const ADMINS = ["owner", "admin"] as const;
const MANAGERS = ["owner", "admin", "manager"] as const;
const STAFFING_LEADS = ["owner", "admin", "manager", "steward"] as const;

export const PERMISSIONS = {
  "org.read": ALL,
  "org.update": ADMINS,
  "org.delete": ["owner"],
  "org.transfer": ["owner"],
  "members.read": ALL,
  "members.write": ADMINS,
  "invitations.read": ADMINS,
  "invitations.write": ADMINS,
  "staffing.read": STAFFING_LEADS,
  "staffing.events.write": MANAGERS,
  "staffing.requests.write": STAFFING_LEADS,
  "staffing.timesheets.write": STAFFING_LEADS,
  "work.self": ["owner", "admin", "manager", "steward", "worker"],
  "bookings.read": [...MANAGERS, "steward", "member"],
  "bookings.write": MANAGERS,
  "crm.read": [...MANAGERS, "member"],
  "crm.write": [...MANAGERS, "member"],
  "billing.manage": ADMINS,
} as const satisfies Record<string, readonly OrgRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: OrgRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly OrgRole[]).includes(role);
}

/** Roles a member may hand out: never above their own (only owners make owners). */
const RANK: Record<OrgRole, number> = {
  owner: 5,
  admin: 4,
  manager: 3,
  steward: 2,
  member: 1,
  worker: 1,
};

export function mayAssignRole(actor: OrgRole, role: OrgRole): boolean {
  return RANK[role] <= RANK[actor];
}

/** Where a member lands after signing in: the dashboard that fits their role. */
export function homeSurfaceFor(role: OrgRole): "/manage" | "/work" {
  return role === "worker" ? "/work" : "/manage";
}
