import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { answerMyTimeChange, answerWorkTimeChangeRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(answerWorkTimeChangeRoute, async ({ viewer, params, body, t }) =>
    ok(
      await answerMyTimeChange(viewer.user.id, params.id, body),
      t("staffing.timeChanges.answered"),
    ),
  ),
);
