import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { verifyPhoneRoute } from "@/lib/identity/account.contracts";
import { verifyPhone } from "@/lib/identity/phone.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(verifyPhoneRoute, async ({ viewer, body, t }) =>
    ok({ user: await verifyPhone(viewer.user.id, body) }, t("identity.phoneVerified")),
  ),
);
