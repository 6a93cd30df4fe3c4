import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { orderBusinessImagesRoute } from "@/lib/booking/businesses.contracts";
import { orderBusinessImages } from "@/lib/booking/gallery.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(orderBusinessImagesRoute, async ({ org, params, body, t }) =>
    ok(
      await orderBusinessImages(org, params.id, body.imageIds),
      t("booking.businesses.imagesOrdered"),
    ),
  ),
);
