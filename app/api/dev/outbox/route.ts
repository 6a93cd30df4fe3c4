import { defineRoute } from "@/lib/api/contract";
import { ok } from "@/lib/api/respond";
import { apiRoute, endpoint } from "@/lib/api/route";
import { outboxEnabled } from "@/lib/config/env";
import { NotFoundError } from "@/lib/errors";
import { listOutbox, ZOutboxMessage, ZOutboxQuery } from "@/lib/messaging/outbox";

// Development only (not part of /api/v1): tests and local flows read codes and links here.
const outboxRoute = defineRoute({
  method: "GET",
  path: "/dev/outbox",
  summary: "Messages in the development outbox",
  tags: ["Development"],
  auth: "public",
  query: ZOutboxQuery,
  response: ZOutboxMessage,
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint(
  apiRoute(outboxRoute, async ({ query, t }) => {
    if (!outboxEnabled()) throw new NotFoundError("errors.routeNotFound");
    return ok(await listOutbox(query), t("outbox.listed"));
  }),
);
