import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { realtimeHealthRoute } from "@/lib/health";
import { checkRealtime } from "@/lib/realtime/health";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(realtimeHealthRoute, async ({ t }) => ok(await checkRealtime(), t("health.realtimeOk"))),
);
