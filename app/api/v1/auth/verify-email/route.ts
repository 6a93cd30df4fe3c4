import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { verifyEmailRoute } from "@/lib/identity/account.contracts";
import { verifyEmail } from "@/lib/identity/registration.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(verifyEmailRoute, async ({ body, t }) =>
    ok({ user: await verifyEmail(body.token) }, t("identity.emailVerified")),
  ),
);
