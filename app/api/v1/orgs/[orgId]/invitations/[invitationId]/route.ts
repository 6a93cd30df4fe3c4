import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { revokeInvitation, revokeInvitationRoute } from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(revokeInvitationRoute, async ({ org, params, t }) =>
    ok(await revokeInvitation(org, params.invitationId), t("tenancy.invitationWithdrawn")),
  ),
);
