import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { resendInvitation, resendInvitationRoute } from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(resendInvitationRoute, async ({ org, params, t }) =>
    ok(await resendInvitation(org, params.invitationId), t("tenancy.invitationResent")),
  ),
);
