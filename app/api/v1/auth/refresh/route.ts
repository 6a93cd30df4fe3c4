import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { refreshRoute } from "@/lib/identity/account.contracts";
import { refreshApiTokens } from "@/lib/identity/sessions.service";
import { findActiveUserById } from "@/lib/identity/users.queries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(refreshRoute, async ({ body, t }) =>
    ok(
      await refreshApiTokens(body.refreshToken, findActiveUserById),
      t("identity.tokensRefreshed"),
    ),
  ),
);
