import { apiRoute } from "@/lib/api/route";
import { ok } from "@/lib/api/respond";
import { checkDatabase, databaseHealthRoute } from "@/lib/health";

export const GET = apiRoute(databaseHealthRoute, async ({ t }) =>
  ok(await checkDatabase(), t("health.databaseOk")),
);
