import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  createInvitation,
  createInvitationRoute,
  listInvitations,
  listInvitationsRoute,
} from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listInvitationsRoute, async ({ org, query, t }) => {
    const { items, meta } = await listInvitations(org, query);
    return paginated(items, meta, t("tenancy.invitationsListed"));
  }),
  apiRoute(createInvitationRoute, async ({ org, body, t }) => {
    const { invitation, refreshed } = await createInvitation(org, body);
    return created(
      invitation,
      t(refreshed ? "tenancy.invitationRefreshed" : "tenancy.invitationSent"),
    );
  }),
);
