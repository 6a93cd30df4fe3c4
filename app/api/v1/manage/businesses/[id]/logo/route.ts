import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { removeBusinessLogoRoute, setBusinessLogoRoute } from "@/lib/booking/businesses.contracts";
import {
  CATALOG_IMAGE_UPLOAD_LIMITS,
  removeBusinessLogo,
  setBusinessLogo,
} from "@/lib/booking/gallery.service";
import { readUploadedFile } from "@/lib/storage";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(setBusinessLogoRoute, async ({ org, params, request, t }) => {
    const upload = await readUploadedFile(request, CATALOG_IMAGE_UPLOAD_LIMITS);
    return ok(
      await setBusinessLogo(org, params.id, upload, t.locale),
      t("booking.businesses.logoUpdated"),
    );
  }),
  apiRoute(removeBusinessLogoRoute, async ({ org, params, t }) =>
    ok(await removeBusinessLogo(org, params.id, t.locale), t("booking.businesses.logoRemoved")),
  ),
);
