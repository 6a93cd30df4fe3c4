import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { deleteServiceImageRoute } from "@/lib/booking/catalog.contracts";
import { deleteServiceImage } from "@/lib/booking/gallery.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(deleteServiceImageRoute, async ({ org, params, t }) =>
    ok(
      await deleteServiceImage(org, params.id, params.imageId, t.locale),
      t("booking.catalog.serviceImageRemoved"),
    ),
  ),
);
