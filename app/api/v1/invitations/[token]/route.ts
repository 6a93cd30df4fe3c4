import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { previewInvitation, previewInvitationRoute } from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(previewInvitationRoute, async ({ params, t }) =>
    ok(await previewInvitation(params.token), t("tenancy.invitationFound")),
  ),
);
