import { apiRoute } from "@/lib/api/route";
import { ok } from "@/lib/api/respond";
import { appHealthRoute, getAppHealth } from "@/lib/health";

export const GET = apiRoute(appHealthRoute, async ({ t }) => ok(getAppHealth(), t("health.ok")));
