import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import {
  getClientRoute,
  removeClientRoute,
  updateClientRoute,
} from "@/lib/booking/clients.contracts";
import { getBusinessClient, removeClient, updateClient } from "@/lib/booking/clients.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(getClientRoute, async ({ org, params, t }) =>
    ok(await getBusinessClient(org, params.id, params.clientId), t("booking.clients.found")),
  ),
  apiRoute(updateClientRoute, async ({ org, params, body, t }) =>
    ok(await updateClient(org, params.id, params.clientId, body), t("booking.clients.updated")),
  ),
  apiRoute(removeClientRoute, async ({ org, params, t }) =>
    ok(await removeClient(org, params.id, params.clientId), t("booking.clients.removed")),
  ),
);
