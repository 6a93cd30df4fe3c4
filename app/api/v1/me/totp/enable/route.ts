import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { enableTwoFactorRoute } from "@/lib/identity/two-factor.contracts";
import { enableTwoFactor } from "@/lib/identity/two-factor.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(enableTwoFactorRoute, async ({ viewer, body, t }) =>
    ok(
      { recoveryCodes: await enableTwoFactor(viewer.user, body.code) },
      t("security.twoFactorEnabled"),
    ),
  ),
);
