import { cookies } from "next/headers";
import { appCookie } from "@/lib/security/cookies";
import { ACTIVE_ORG_COOKIE } from "@/lib/tenancy/active-org";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Remembers the organization this browser works in. Only a preference: every page and
 * action checks the membership again before using it.
 */
export async function setActiveOrgCookie(orgId: string): Promise<void> {
  (await cookies()).set(ACTIVE_ORG_COOKIE, orgId, appCookie({ maxAgeSeconds: ONE_YEAR_SECONDS }));
}

export async function clearActiveOrgCookie(): Promise<void> {
  (await cookies()).delete({ name: ACTIVE_ORG_COOKIE, path: "/" });
}
