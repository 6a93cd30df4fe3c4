import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { inviteClientRoute } from "@/lib/booking/clients.contracts";
import { inviteClient } from "@/lib/booking/clients.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(inviteClientRoute, async ({ org, params, t }) =>
    ok(await inviteClient(org, params.id, params.clientId), t("booking.clients.invited")),
  ),
);
