import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { logoutRoute } from "@/lib/identity/account.contracts";
import { revokeByRefreshToken } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(logoutRoute, async ({ body, t }) => {
    await revokeByRefreshToken(body.refreshToken);
    return ok(null, t("identity.signedOut"));
  }),
);
