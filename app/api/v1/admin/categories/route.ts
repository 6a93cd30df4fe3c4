import { created, ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  adminCreateCategoryRoute,
  adminListCategoriesRoute,
} from "@/lib/booking/categories.contracts";
import { listAdminCategories } from "@/lib/booking/categories.queries";
import { createCategory } from "@/lib/booking/categories.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(adminListCategoriesRoute, async ({ viewer, t }) =>
    ok(await listAdminCategories(viewer, t.locale), t("booking.categories.listed")),
  ),
  apiRoute(adminCreateCategoryRoute, async ({ viewer, body, t }) =>
    created(await createCategory(viewer, body, t.locale), t("booking.categories.created")),
  ),
);
