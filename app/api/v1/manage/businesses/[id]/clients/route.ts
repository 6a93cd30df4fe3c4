import { created, paginated } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { createClientRoute, listClientsRoute } from "@/lib/booking/clients.contracts";
import { createClient, listBusinessClients } from "@/lib/booking/clients.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(listClientsRoute, async ({ org, params, query, t }) => {
    const { items, meta } = await listBusinessClients(org, params.id, query);
    return paginated(items, meta, t("booking.clients.listed"));
  }),
  apiRoute(createClientRoute, async ({ org, params, body, t }) => {
    const { client, invited } = await createClient(org, params.id, body);
    return created(
      client,
      t(invited ? "booking.clients.addedAndInvited" : "booking.clients.added"),
    );
  }),
);
