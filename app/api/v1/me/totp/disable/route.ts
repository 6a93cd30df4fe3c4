import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { disableTwoFactorRoute } from "@/lib/identity/two-factor.contracts";
import { disableTwoFactor } from "@/lib/identity/two-factor.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(disableTwoFactorRoute, async ({ viewer, body, t }) => {
    await disableTwoFactor(viewer.user, body);
    return ok({ twoFactorEnabled: false }, t("security.twoFactorDisabled"));
  }),
);
