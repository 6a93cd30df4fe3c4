import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  adminDeleteCategoryRoute,
  adminUpdateCategoryRoute,
} from "@/lib/booking/categories.contracts";
import { deleteCategory, updateCategory } from "@/lib/booking/categories.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(adminUpdateCategoryRoute, async ({ viewer, params, body, t }) =>
    ok(await updateCategory(viewer, params.id, body, t.locale), t("booking.categories.updated")),
  ),
  apiRoute(adminDeleteCategoryRoute, async ({ viewer, params, t }) =>
    ok(await deleteCategory(viewer, params.id), t("booking.categories.deleted")),
  ),
);
