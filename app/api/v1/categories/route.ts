import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listCategoriesRoute } from "@/lib/booking/categories.contracts";
import { listCategories } from "@/lib/booking/categories.queries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listCategoriesRoute, async ({ t }) =>
    ok(await listCategories(t.locale), t("booking.categories.listed")),
  ),
);
