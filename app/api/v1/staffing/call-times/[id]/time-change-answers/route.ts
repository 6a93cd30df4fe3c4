import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listTimeChangeAnswers, timeChangeAnswersRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(timeChangeAnswersRoute, async ({ org, params, t }) =>
    ok(await listTimeChangeAnswers(org, params.id), t("staffing.timeChanges.answersListed")),
  ),
);
