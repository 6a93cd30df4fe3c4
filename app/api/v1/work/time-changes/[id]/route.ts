import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { answerMyTimeChange, answerWorkTimeChangeRoute, resolveWorkerSelf } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(answerWorkTimeChangeRoute, async ({ viewer, params, body, t }) =>
    ok(
      await answerMyTimeChange(await resolveWorkerSelf(viewer.user), params.id, body),
      t("staffing.timeChanges.answered"),
    ),
  ),
);
