import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { updateNotificationSettingsRoute } from "@/lib/identity/account.contracts";
import { updateNotificationSettings } from "@/lib/identity/profile.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(updateNotificationSettingsRoute, async ({ viewer, body, t }) =>
    ok(
      await updateNotificationSettings(viewer.user.id, body),
      t("identity.notificationSettingsUpdated"),
    ),
  ),
);
