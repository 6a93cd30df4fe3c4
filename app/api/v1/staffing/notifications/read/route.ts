import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { markNotificationsRead, markNotificationsReadRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(markNotificationsReadRoute, async ({ org, body, t }) =>
    ok(await markNotificationsRead(org, body), t("staffing.notifications.markedRead")),
  ),
);
