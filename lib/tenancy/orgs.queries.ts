import { and, asc, eq } from "drizzle-orm";
import { memberships, organizations } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { publicFileUrl } from "@/lib/storage";
import type { OrgContext } from "./context";
import type { OrgRole } from "./permissions";
import type { TOrg } from "./schemas";
import { withTenant, withUserScope } from "./scope";

type OrgRow = typeof organizations.$inferSelect;

/** The one place an organization row becomes what clients see. */
export function toOrgDto(row: OrgRow, membership: { id: string; role: OrgRole }): TOrg {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    timeZone: row.timeZone,
    currency: row.currency,
    locale: row.locale === "sq" ? "sq" : "en",
    logoUrl: row.logoKey ? publicFileUrl(row.logoKey) : null,
    createdAt: row.createdAt.toISOString(),
    role: membership.role,
    membershipId: membership.id,
  };
}

/** The organizations a user belongs to, with their role in each (the org switcher). */
export async function listMyOrgs(userId: string): Promise<TOrg[]> {
  const rows = await withUserScope(userId, (tx) =>
    tx
      .select({ org: organizations, membershipId: memberships.id, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organizations.name), asc(organizations.id)),
  );
  return rows.map((row) => toOrgDto(row.org, { id: row.membershipId, role: row.role }));
}

/** The ids of a user's organizations: what their realtime channels may include. */
export async function listMembershipOrgIds(userId: string): Promise<string[]> {
  const rows = await withUserScope(userId, (tx) =>
    tx.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId)),
  );
  return rows.map((row) => row.orgId);
}

export async function getOrg(context: OrgContext): Promise<TOrg> {
  const [row] = await withTenant(context, (tx) =>
    tx
      .select({ org: organizations, membershipId: memberships.id, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.orgId, context.orgId), eq(memberships.userId, context.userId))),
  );
  if (!row) throw new NotFoundError("tenancy.orgNotFound");
  return toOrgDto(row.org, { id: row.membershipId, role: row.role });
}
