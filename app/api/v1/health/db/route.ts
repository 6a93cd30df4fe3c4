import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { checkDatabase, databaseHealthRoute } from "@/lib/health";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(databaseHealthRoute, async ({ t }) => ok(await checkDatabase(), t("health.databaseOk"))),
);
