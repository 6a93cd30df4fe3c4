import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { acceptClientInvitationRoute } from "@/lib/booking/clients.contracts";
import { acceptClientInvitation } from "@/lib/booking/clients.service";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(acceptClientInvitationRoute, async ({ viewer, params, t }) => {
    const accepted = await acceptClientInvitation(viewer, params.token);
    return ok(accepted, t("booking.clients.accepted", { business: accepted.business.name }));
  }),
);
