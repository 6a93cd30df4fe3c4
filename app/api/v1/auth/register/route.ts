import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { registerRoute } from "@/lib/identity/account.contracts";
import { registerWithEmail } from "@/lib/identity/registration.service";
import { deviceInfoFrom } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(registerRoute, async ({ request, body, t }) => {
    const user = await registerWithEmail(body, {
      ip: deviceInfoFrom(request).ip,
      locale: t.locale,
    });
    return created({ user }, t("identity.registered"));
  }),
);
