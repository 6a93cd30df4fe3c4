import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteMealBreak,
  deleteMealBreakRoute,
  updateMealBreak,
  updateMealBreakRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(updateMealBreakRoute, async ({ org, params, body, t }) =>
    ok(await updateMealBreak(org, params.id, body), t("staffing.timesheet.mealBreakUpdated")),
  ),
  apiRoute(deleteMealBreakRoute, async ({ org, params, t }) =>
    ok(await deleteMealBreak(org, params.id), t("staffing.timesheet.mealBreakDeleted")),
  ),
);
