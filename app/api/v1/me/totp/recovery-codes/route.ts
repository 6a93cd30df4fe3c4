import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { regenerateRecoveryCodesRoute } from "@/lib/identity/two-factor.contracts";
import { regenerateRecoveryCodes } from "@/lib/identity/two-factor.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(regenerateRecoveryCodesRoute, async ({ viewer, body, t }) =>
    ok(
      { recoveryCodes: await regenerateRecoveryCodes(viewer.user, body.code) },
      t("security.recoveryCodesRegenerated"),
    ),
  ),
);
