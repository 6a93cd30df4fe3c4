import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { acceptInvitation, acceptInvitationRoute } from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(acceptInvitationRoute, async ({ viewer, params, t }) =>
    ok(await acceptInvitation(params.token, viewer.user.id), t("tenancy.invitationAccepted")),
  ),
);
