import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { addMemberRoute, createInvitation, listMembers, listMembersRoute } from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listMembersRoute, async ({ org, query, t }) => {
    const { items, meta } = await listMembers(org, query);
    return paginated(items, meta, t("tenancy.membersListed"));
  }),
  apiRoute(addMemberRoute, async ({ org, body, t }) => {
    const { invitation, refreshed } = await createInvitation(org, body);
    return created(
      invitation,
      t(refreshed ? "tenancy.invitationRefreshed" : "tenancy.invitationSent"),
    );
  }),
);
