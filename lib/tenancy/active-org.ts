import { asc, eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { memberships, organizations } from "@/db/schema";
import type { Viewer } from "@/lib/identity/viewer";
import type { OrgRole } from "./permissions";
import { withUserScope } from "./scope";

/** The org switcher's choice, kept per browser. Membership is checked on every use. */
export const ACTIVE_ORG_COOKIE = "cb_org";

export interface ViewerOrg {
  id: string;
  name: string;
  slug: string;
  role: OrgRole;
}

/** The viewer's organizations with their role, for the switcher and landing choice. */
export async function listViewerOrgs(userId: string): Promise<ViewerOrg[]> {
  return withUserScope(userId, (tx) =>
    tx
      .select({
        id: organizations.id,
        name: organizations.name,
        slug: organizations.slug,
        role: memberships.role,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organizations.name)),
  );
}

/** The browser's active org: the cookie's if still a membership, else the first one. */
export async function activeOrgId(viewer: Viewer): Promise<string | null> {
  const orgs = await listViewerOrgs(viewer.user.id);
  const chosen = (await cookies()).get(ACTIVE_ORG_COOKIE)?.value;
  return (orgs.find((org) => org.id === chosen) ?? orgs[0])?.id ?? null;
}

/** Where a user lands after signing in: the surface that fits their memberships. */
export async function landingPathFor(viewer: Viewer): Promise<string> {
  const orgs = await listViewerOrgs(viewer.user.id);
  if (orgs.some((org) => org.role !== "worker")) return "/manage";
  if (orgs.length > 0) return "/work";
  return viewer.user.isPlatformAdmin ? "/admin" : "/account";
}
