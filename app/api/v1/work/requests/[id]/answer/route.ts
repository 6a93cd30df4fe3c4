import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { answerMyRequest, answerWorkRequestRoute, resolveWorkerSelf } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(answerWorkRequestRoute, async ({ request, viewer, params, body, t }) => {
    // A bearer token is an app; the browser's own session cookie is the web dashboard.
    const channel = request.headers.has("authorization") ? "api" : "web";
    const result = await answerMyRequest(
      await resolveWorkerSelf(viewer.user),
      params.id,
      body.answer,
      channel,
    );
    return ok(result, t(`staffing.work.answered.${result.outcome}`));
  }),
);
