import { and, eq } from "drizzle-orm";
import { memberships, organizations } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { can, type OrgRole, type Permission } from "./permissions";
import { withUserScope } from "./scope";

/** Who acts, in which organization, as what: every tenant service takes this. */
export interface OrgContext {
  orgId: string;
  userId: string;
  role: OrgRole;
  membershipId: string;
}

/**
 * The viewer's membership of an org, or 404: a non-member cannot even learn the org exists.
 * With a permission, a member without it gets 403.
 */
export async function resolveOrgContext(
  viewer: Viewer,
  orgId: string,
  permission?: Permission,
): Promise<OrgContext> {
  const [found] = await withUserScope(viewer.user.id, (tx) =>
    tx
      .select({ id: memberships.id, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, viewer.user.id))),
  );
  if (!found) throw new NotFoundError("tenancy.orgNotFound");
  const context = { orgId, userId: viewer.user.id, role: found.role, membershipId: found.id };
  if (permission) assertCan(context, permission);
  return context;
}

export function assertCan(context: OrgContext, permission: Permission): void {
  if (!can(context.role, permission)) {
    throw new ForbiddenError("tenancy.permissionDenied");
  }
}
