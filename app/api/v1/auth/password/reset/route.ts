import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { resetPasswordRoute } from "@/lib/identity/account.contracts";
import { resetPassword } from "@/lib/identity/password.service";
import { deviceInfoFrom } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(resetPasswordRoute, async ({ request, body, t }) => {
    await resetPassword(body, { ip: deviceInfoFrom(request).ip });
    return ok(null, t("identity.passwordReset"));
  }),
);
