import { accepted } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { resendVerificationRoute } from "@/lib/identity/account.contracts";
import { resendVerificationEmail } from "@/lib/identity/registration.service";
import { deviceInfoFrom } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(resendVerificationRoute, async ({ request, body, t }) => {
    await resendVerificationEmail(body.email, { ip: deviceInfoFrom(request).ip });
    return accepted(null, t("identity.verificationResent"));
  }),
);
