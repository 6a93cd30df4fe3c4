import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  adminDeleteCategoryRoute,
  adminUpdateCategoryRoute,
} from "@/lib/booking/categories.contracts";
import { deleteCategory, updateCategory } from "@/lib/booking/categories.service";
import { assertPlatformAdmin } from "@/lib/booking/platform-admin";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(adminUpdateCategoryRoute, async ({ viewer, params, body, t }) => {
    assertPlatformAdmin(viewer);
    return ok(await updateCategory(params.id, body, t.locale), t("booking.categories.updated"));
  }),
  apiRoute(adminDeleteCategoryRoute, async ({ viewer, params, t }) => {
    assertPlatformAdmin(viewer);
    return ok(await deleteCategory(params.id), t("booking.categories.deleted"));
  }),
);
