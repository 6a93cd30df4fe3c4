import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { markInboxAllReadRoute } from "@/lib/booking/notifications.contracts";
import { markAllRead } from "@/lib/booking/notifications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(markInboxAllReadRoute, async ({ viewer, t }) =>
    ok(await markAllRead(viewer.user.id), t("booking.notifications.readAll")),
  ),
);
