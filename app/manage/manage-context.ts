import { redirect } from "next/navigation";
import { cache } from "react";
import { requireWebViewer } from "@/lib/identity/web-session";
import { listMyOrgs, type TOrg } from "@/lib/tenancy";
import { pickActiveOrg } from "@/lib/tenancy/active-org";
import { type OrgContext, resolveOrgContext } from "@/lib/tenancy/context";

/** The signed-in viewer, their organizations and the active one (one lookup per render). */
export const loadManageViewer = cache(async () => {
  const viewer = await requireWebViewer("/manage");
  const orgs = await listMyOrgs(viewer.user.id);
  return { viewer, orgs, active: await pickActiveOrg(orgs) };
});

/** Pages that work inside the active organization; without one, /manage offers to create it. */
export async function requireActiveOrg(): Promise<
  Awaited<ReturnType<typeof loadManageViewer>> & { active: TOrg; org: OrgContext }
> {
  const loaded = await loadManageViewer();
  if (!loaded.active) redirect("/manage");
  const org = await resolveOrgContext(loaded.viewer, loaded.active.id);
  return { ...loaded, active: loaded.active, org };
}
