import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { signIn, signInRoute } from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(signInRoute, async ({ org, params, body, t }) =>
    created(await signIn(org, params.id, body), t("staffing.timesheet.signedIn")),
  ),
);
