import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { setSendingPaused, setSendingPausedRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(setSendingPausedRoute, async ({ org, params, body, t }) => {
    const state = await setSendingPaused(org, params.id, body.paused);
    return ok(
      state,
      t(state.sendingPaused ? "staffing.sending.sendingPaused" : "staffing.sending.sendingResumed"),
    );
  }),
);
