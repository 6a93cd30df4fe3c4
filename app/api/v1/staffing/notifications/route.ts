import { ok, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  clearNotifications,
  clearNotificationsRoute,
  listNotifications,
  listNotificationsRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listNotificationsRoute, async ({ org, query, t }) => {
    const { items, meta } = await listNotifications(org, query);
    return paginated(items, meta, t("staffing.notifications.listed"));
  }),
  apiRoute(clearNotificationsRoute, async ({ org, t }) =>
    ok(await clearNotifications(org), t("staffing.notifications.cleared")),
  ),
);
