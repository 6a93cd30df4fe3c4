import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  deleteLaborType,
  deleteLaborTypeRoute,
  renameLaborType,
  renameLaborTypeRoute,
} from "@/lib/staffing";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(renameLaborTypeRoute, async ({ org, params, body, t }) =>
    ok(await renameLaborType(org, params.id, body), t("staffing.laborTypeUpdated")),
  ),
  apiRoute(deleteLaborTypeRoute, async ({ org, params, t }) =>
    ok(await deleteLaborType(org, params.id), t("staffing.laborTypeDeleted")),
  ),
);
