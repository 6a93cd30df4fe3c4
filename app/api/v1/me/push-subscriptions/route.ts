import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  removePushSubscription,
  removePushSubscriptionRoute,
  savePushSubscription,
  savePushSubscriptionRoute,
} from "@/lib/push";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(savePushSubscriptionRoute, async ({ request, viewer, body, t }) =>
    created(
      await savePushSubscription(viewer.user.id, body, request.headers.get("user-agent")),
      t("push.subscribed"),
    ),
  ),
  apiRoute(removePushSubscriptionRoute, async ({ viewer, body, t }) => {
    await removePushSubscription(viewer.user.id, body.endpoint);
    return ok(null, t("push.unsubscribed"));
  }),
);
