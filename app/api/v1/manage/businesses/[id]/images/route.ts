import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { addBusinessImageRoute, listBusinessImagesRoute } from "@/lib/booking/businesses.contracts";
import {
  addBusinessImage,
  CATALOG_IMAGE_UPLOAD_LIMITS,
  listBusinessImages,
} from "@/lib/booking/gallery.service";
import { readUploadedFile } from "@/lib/storage";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listBusinessImagesRoute, async ({ org, params, t }) =>
    ok(await listBusinessImages(org, params.id), t("booking.businesses.galleryListed")),
  ),
  apiRoute(addBusinessImageRoute, async ({ org, params, request, t }) => {
    const upload = await readUploadedFile(request, CATALOG_IMAGE_UPLOAD_LIMITS);
    return created(
      await addBusinessImage(org, params.id, upload),
      t("booking.businesses.imageAdded"),
    );
  }),
);
