import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { revokeSessionRoute } from "@/lib/identity/account.contracts";
import { revokeOwnSession } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(revokeSessionRoute, async ({ viewer, params, t }) => {
    await revokeOwnSession(viewer.user.id, params.id);
    return ok(null, t("identity.sessionRevoked"));
  }),
);
