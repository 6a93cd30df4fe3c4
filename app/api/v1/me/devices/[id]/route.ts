import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { removeDevice, removeDeviceRoute } from "@/lib/push";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(removeDeviceRoute, async ({ viewer, params, t }) => {
    await removeDevice(viewer.user.id, params.id);
    return ok(null, t("push.deviceRemoved"));
  }),
);
