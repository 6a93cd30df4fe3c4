import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { signOut, signOutRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(signOutRoute, async ({ org, params, body, t }) =>
    ok(await signOut(org, params.id, body), t("staffing.timesheet.signedOut")),
  ),
);
