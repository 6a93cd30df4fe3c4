import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  listDevices,
  listDevicesRoute,
  registerDevice,
  registerDeviceRoute,
  removeDeviceByToken,
  removeDeviceByTokenRoute,
} from "@/lib/push";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listDevicesRoute, async ({ viewer, t }) =>
    ok(await listDevices(viewer.user.id), t("push.devicesListed")),
  ),
  apiRoute(registerDeviceRoute, async ({ viewer, body, t }) =>
    created(await registerDevice(viewer.user.id, body), t("push.deviceRegistered")),
  ),
  apiRoute(removeDeviceByTokenRoute, async ({ viewer, body, t }) => {
    await removeDeviceByToken(viewer.user.id, body.token);
    return ok(null, t("push.deviceRemoved"));
  }),
);
