import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { changePasswordRoute } from "@/lib/identity/account.contracts";
import { changePassword } from "@/lib/identity/password.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(changePasswordRoute, async ({ viewer, body, t }) => {
    await changePassword({ userId: viewer.user.id, sessionId: viewer.sessionId }, body);
    return ok(null, t("identity.passwordChanged"));
  }),
);
