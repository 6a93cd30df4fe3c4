import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  changeMemberRole,
  changeMemberRoleRoute,
  removeMember,
  removeMemberRoute,
} from "@/lib/tenancy";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(changeMemberRoleRoute, async ({ org, params, body, t }) =>
    ok(await changeMemberRole(org, params.memberId, body.role), t("tenancy.memberUpdated")),
  ),
  apiRoute(removeMemberRoute, async ({ org, params, t }) => {
    const removed = await removeMember(org, params.memberId);
    return ok(removed, t(removed.left ? "tenancy.leftOrg" : "tenancy.memberRemoved"));
  }),
);
