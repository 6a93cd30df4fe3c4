import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { appHealthRoute, getAppHealth } from "@/lib/health";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(appHealthRoute, async ({ t }) => ok(getAppHealth(), t("health.ok"))),
);
