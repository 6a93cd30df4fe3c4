import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { phoneLoginRoute } from "@/lib/identity/account.contracts";
import { deviceInfoFrom, issueApiTokens } from "@/lib/identity/sessions.service";
import { verifyPhoneSignIn } from "@/lib/identity/sign-in.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(phoneLoginRoute, async ({ request, body, t }) => {
    const device = deviceInfoFrom(request);
    const user = await verifyPhoneSignIn(body, { ip: device.ip });
    return ok(await issueApiTokens(user, "phone", device), t("identity.signedIn"));
  }),
);
