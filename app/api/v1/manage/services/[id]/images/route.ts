import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { addServiceImageRoute } from "@/lib/booking/catalog.contracts";
import { addServiceImage, CATALOG_IMAGE_UPLOAD_LIMITS } from "@/lib/booking/gallery.service";
import { readUploadedFile } from "@/lib/storage";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(addServiceImageRoute, async ({ org, params, request, t }) => {
    const upload = await readUploadedFile(request, CATALOG_IMAGE_UPLOAD_LIMITS);
    return created(
      await addServiceImage(org, params.id, upload, t.locale),
      t("booking.catalog.serviceImageAdded"),
    );
  }),
);
