import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { addRatingImageRoute } from "@/lib/booking/ratings.contracts";
import { addRatingImage, RATING_IMAGE_UPLOAD_LIMITS } from "@/lib/booking/ratings.service";
import { readUploadedFile } from "@/lib/storage";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(addRatingImageRoute, async ({ viewer, params, request, t }) => {
    const upload = await readUploadedFile(request, RATING_IMAGE_UPLOAD_LIMITS);
    const rating = await addRatingImage(viewer, params.id, upload.bytes, upload.contentType);
    return created(rating, t("booking.ratings.imageAdded"));
  }),
);
