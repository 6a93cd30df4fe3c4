import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { removeEmployeeAvatarRoute, setEmployeeAvatarRoute } from "@/lib/booking/catalog.contracts";
import {
  CATALOG_IMAGE_UPLOAD_LIMITS,
  removeEmployeeAvatar,
  setEmployeeAvatar,
} from "@/lib/booking/gallery.service";
import { readUploadedFile } from "@/lib/storage";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(setEmployeeAvatarRoute, async ({ org, params, request, t }) => {
    const upload = await readUploadedFile(request, CATALOG_IMAGE_UPLOAD_LIMITS);
    return ok(
      await setEmployeeAvatar(org, params.id, upload, t.locale),
      t("booking.catalog.avatarUpdated"),
    );
  }),
  apiRoute(removeEmployeeAvatarRoute, async ({ org, params, t }) =>
    ok(await removeEmployeeAvatar(org, params.id, t.locale), t("booking.catalog.avatarRemoved")),
  ),
);
