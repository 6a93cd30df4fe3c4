import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { setupTwoFactorRoute } from "@/lib/identity/two-factor.contracts";
import { setupTwoFactor } from "@/lib/identity/two-factor.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(setupTwoFactorRoute, async ({ viewer, t }) =>
    ok(await setupTwoFactor(viewer.user), t("security.twoFactorSetupStarted")),
  ),
);
