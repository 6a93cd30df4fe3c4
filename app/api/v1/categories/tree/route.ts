import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { categoryTreeRoute } from "@/lib/booking/categories.contracts";
import { categoryTree } from "@/lib/booking/categories.queries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(categoryTreeRoute, async ({ t }) =>
    ok(await categoryTree(t.locale), t("booking.categories.listed")),
  ),
);
