import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteBusinessImageRoute,
  updateBusinessImageRoute,
} from "@/lib/booking/businesses.contracts";
import { deleteBusinessImage, setMainBusinessImage } from "@/lib/booking/gallery.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(updateBusinessImageRoute, async ({ org, params, t }) =>
    ok(
      await setMainBusinessImage(org, params.id, params.imageId),
      t("booking.businesses.imageUpdated"),
    ),
  ),
  apiRoute(deleteBusinessImageRoute, async ({ org, params, t }) =>
    ok(
      await deleteBusinessImage(org, params.id, params.imageId),
      t("booking.businesses.imageRemoved"),
    ),
  ),
);
