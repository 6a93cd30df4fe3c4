import { countUnread } from "@/lib/booking/notifications.service";
import { InboxPanel } from "./inbox-panel";

/**
 * The top bar's inbox bell (data-testid="inbox-bell"), with the unread count of the render
 * so the badge needs no first fetch. Needs a RealtimeProvider above it to stay live.
 */
export async function InboxBell({
  userId,
  surface,
}: {
  userId: string;
  surface?: "account" | "manage";
}) {
  const { unread } = await countUnread(userId);
  return <InboxPanel userId={userId} initialUnread={unread} surface={surface} />;
}
