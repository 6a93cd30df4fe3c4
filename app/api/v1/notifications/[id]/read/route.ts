import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { markInboxReadRoute } from "@/lib/booking/notifications.contracts";
import { markRead } from "@/lib/booking/notifications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(markInboxReadRoute, async ({ viewer, params, t }) =>
    ok(await markRead(viewer.user.id, params.id), t("booking.notifications.read")),
  ),
);
