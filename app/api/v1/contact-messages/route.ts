import { created } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { submitContactMessage, submitContactMessageRoute } from "@/lib/contact";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(submitContactMessageRoute, async ({ body, t }) =>
    created(await submitContactMessage(body, { locale: t.locale }), t("contact.received")),
  ),
);
