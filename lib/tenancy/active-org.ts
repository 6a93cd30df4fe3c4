import { cookies } from "next/headers";
import type { Viewer } from "@/lib/identity/viewer";
import { listMyOrgs } from "./orgs.queries";
import type { TOrg } from "./schemas";

/** The org switcher's choice, kept per browser. Membership is checked on every use. */
export const ACTIVE_ORG_COOKIE = "cb_org";

/**
 * The browser's active org among the viewer's organizations: the cookie's if still a
 * membership, else the first one.
 */
export async function pickActiveOrg(orgs: TOrg[]): Promise<TOrg | null> {
  const chosen = (await cookies()).get(ACTIVE_ORG_COOKIE)?.value;
  return orgs.find((org) => org.id === chosen) ?? orgs[0] ?? null;
}

export async function activeOrgId(viewer: Viewer): Promise<string | null> {
  return (await pickActiveOrg(await listMyOrgs(viewer.user.id)))?.id ?? null;
}

/** Where a user lands after signing in: the surface that fits their memberships. */
export async function landingPathFor(viewer: Viewer): Promise<string> {
  const orgs = await listMyOrgs(viewer.user.id);
  if (orgs.some((org) => org.role !== "worker")) return "/manage";
  if (orgs.length > 0) return "/work";
  return viewer.user.isPlatformAdmin ? "/admin" : "/account";
}
