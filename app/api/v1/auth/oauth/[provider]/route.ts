import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { oauthExchangeRoute } from "@/lib/identity/oauth.contracts";
import { signInWithProviderToken } from "@/lib/identity/oauth-exchange.service";
import { deviceInfoFrom } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(oauthExchangeRoute, async ({ request, params, body, t }) =>
    ok(
      await signInWithProviderToken(params.provider, body, deviceInfoFrom(request)),
      t("identity.signedIn"),
    ),
  ),
);
