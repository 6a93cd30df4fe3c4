import { accepted } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { forgotPasswordRoute } from "@/lib/identity/account.contracts";
import { requestPasswordReset } from "@/lib/identity/password.service";
import { deviceInfoFrom } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(forgotPasswordRoute, async ({ request, body, t }) => {
    await requestPasswordReset(body, { ip: deviceInfoFrom(request).ip });
    return accepted(null, t("identity.resetRequested"));
  }),
);
