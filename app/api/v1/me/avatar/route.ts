import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { removeAvatarRoute, updateAvatarRoute } from "@/lib/identity/avatar.contracts";
import { AVATAR_UPLOAD_LIMITS, removeAvatar, updateAvatar } from "@/lib/identity/avatar.service";
import { toUserDto } from "@/lib/identity/users.queries";
import { readUploadedFile } from "@/lib/storage";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(updateAvatarRoute, async ({ viewer, request, t }) => {
    const upload = await readUploadedFile(request, AVATAR_UPLOAD_LIMITS);
    const user = await updateAvatar(viewer.user, upload.bytes, upload.contentType);
    return ok(toUserDto(user), t("security.avatarUpdated"));
  }),
  apiRoute(removeAvatarRoute, async ({ viewer, t }) =>
    ok(toUserDto(await removeAvatar(viewer.user)), t("security.avatarRemoved")),
  ),
);
