import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { logoutAllRoute } from "@/lib/identity/account.contracts";
import { revokeAllSessions } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(logoutAllRoute, async ({ viewer, t }) => {
    await revokeAllSessions(viewer.user.id, "logout_all");
    return ok(null, t("identity.signedOutEverywhere"));
  }),
);
