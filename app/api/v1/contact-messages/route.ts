import { apiRoute } from "@/lib/api/route";
import { created } from "@/lib/api/respond";
import { submitContactMessage, submitContactMessageRoute } from "@/lib/contact";

export const POST = apiRoute(submitContactMessageRoute, async ({ body, t }) =>
  created(await submitContactMessage(body, { locale: t.locale }), t("contact.received")),
);
