import { paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listInboxRoute } from "@/lib/booking/notifications.contracts";
import { listInbox } from "@/lib/booking/notifications.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listInboxRoute, async ({ viewer, query, t }) => {
    const { items, meta } = await listInbox(viewer.user.id, query);
    return paginated(items, meta, t("booking.notifications.list"));
  }),
);
