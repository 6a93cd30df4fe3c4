import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { loginRoute } from "@/lib/identity/account.contracts";
import { deviceInfoFrom, issueApiTokens } from "@/lib/identity/sessions.service";
import { verifyPasswordSignIn } from "@/lib/identity/sign-in.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(loginRoute, async ({ request, body, t }) => {
    const device = deviceInfoFrom(request);
    const user = await verifyPasswordSignIn(body, { ip: device.ip });
    return ok(await issueApiTokens(user, "password", device), t("identity.signedIn"));
  }),
);
