import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { listSessionsRoute } from "@/lib/identity/account.contracts";
import { listSessions } from "@/lib/identity/sessions.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listSessionsRoute, async ({ viewer, t }) =>
    ok(await listSessions(viewer.user.id, viewer.sessionId), t("identity.sessionsListed")),
  ),
);
