import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { addMealBreak, addMealBreakRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(addMealBreakRoute, async ({ org, params, body, t }) =>
    created(await addMealBreak(org, params.id, body), t("staffing.timesheet.mealBreakAdded")),
  ),
);
