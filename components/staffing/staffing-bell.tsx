import { unreadNotificationCount } from "@/lib/staffing";
import type { TOrg } from "@/lib/tenancy";
import { can } from "@/lib/tenancy/permissions";
import { NotificationBell } from "./notification-bell";

/**
 * The top bar's bell for members who see staffing (stewards: their events' notifications),
 * with the unread count of the render so the badge needs no first fetch.
 */
export async function StaffingBell({ org, userId }: { org: TOrg; userId: string }) {
  if (!can(org.role, "staffing.read")) return null;
  const unread = await unreadNotificationCount({
    orgId: org.id,
    userId,
    role: org.role,
    membershipId: org.membershipId,
  });
  return <NotificationBell orgId={org.id} initialUnread={unread} timeZone={org.timeZone} />;
}
