import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  adminCreateCategoryRoute,
  adminListCategoriesRoute,
} from "@/lib/booking/categories.contracts";
import { listAdminCategories } from "@/lib/booking/categories.queries";
import { createCategory } from "@/lib/booking/categories.service";
import { assertPlatformAdmin } from "@/lib/booking/platform-admin";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(adminListCategoriesRoute, async ({ viewer, t }) => {
    assertPlatformAdmin(viewer);
    return ok(await listAdminCategories(t.locale), t("booking.categories.listed"));
  }),
  apiRoute(adminCreateCategoryRoute, async ({ viewer, body, t }) => {
    assertPlatformAdmin(viewer);
    return created(await createCategory(body, t.locale), t("booking.categories.created"));
  }),
);
