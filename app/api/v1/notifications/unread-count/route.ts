import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { inboxUnreadCountRoute } from "@/lib/booking/notifications.contracts";
import { countUnread } from "@/lib/booking/notifications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(inboxUnreadCountRoute, async ({ viewer, t }) =>
    ok(await countUnread(viewer.user.id), t("booking.notifications.unreadCount")),
  ),
);
