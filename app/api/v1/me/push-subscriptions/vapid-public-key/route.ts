import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { vapidPublicKey, vapidPublicKeyRoute } from "@/lib/push";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(vapidPublicKeyRoute, async ({ t }) => ok(vapidPublicKey(), t("push.vapidPublicKey"))),
);
