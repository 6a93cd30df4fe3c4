import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { deleteMeRoute, getMeRoute, updateMeRoute } from "@/lib/identity/account.contracts";
import { deleteAccount } from "@/lib/identity/account-deletion.service";
import { updateProfile } from "@/lib/identity/profile.service";
import { toUserDto } from "@/lib/identity/users.queries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getMeRoute, async ({ viewer, t }) => ok(toUserDto(viewer.user), t("identity.profile"))),
  apiRoute(updateMeRoute, async ({ viewer, body, t }) =>
    ok(await updateProfile(viewer.user.id, body), t("identity.profileUpdated")),
  ),
  apiRoute(deleteMeRoute, async ({ viewer, body, t }) => {
    await deleteAccount(viewer.user.id, body);
    return ok(null, t("identity.accountDeleted"));
  }),
);
