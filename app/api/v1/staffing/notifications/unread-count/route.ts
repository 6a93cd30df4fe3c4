import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { unreadNotificationCount, unreadNotificationCountRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(unreadNotificationCountRoute, async ({ org, t }) =>
    ok({ unread: await unreadNotificationCount(org) }, t("staffing.notifications.unreadCounted")),
  ),
);
