import { z } from "zod";
import { defineRoute, type RouteContract } from "@/lib/api/contract";
import { ZIdParams } from "./events.schemas";
import {
  ZBulkConfirm,
  ZCreateRequests,
  ZCreateRequestsResult,
  ZFillListQuery,
  ZFillListWorker,
  ZLaborRequest,
  ZRequirementRequests,
} from "./requests.schemas";

const tags = ["Staffing: labor requests"];
const stewardNote =
  "A steward reaches only the events assigned to them; any other event answers 404.";

export const fillListRoute = defineRoute({
  method: "GET",
  path: "/staffing/requirements/{id}/fill-list",
  summary: "Workers who can fill a requirement",
  description:
    "The org's active workers with the requirement's labor type, each with their primary " +
    "phone, their request for this requirement, conflicts near this call time, whether they " +
    `stopped texts, and their no-show and late-cancellation counts. ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  query: ZFillListQuery,
  response: ZFillListWorker,
  paginated: true,
});

export const listRequestsRoute = defineRoute({
  method: "GET",
  path: "/staffing/requirements/{id}/requests",
  summary: "A requirement's labor requests",
  description: `With the counts per state and the unfilled places. ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZRequirementRequests,
});

export const createRequestsRoute = defineRoute({
  method: "POST",
  path: "/staffing/requirements/{id}/requests",
  summary: "Request (or reserve) workers",
  description:
    "Queues a request for each worker; workers already requested are listed in `skipped`. " +
    "A worker of another org, inactive, or without the labor type refuses the batch (422, " +
    "per item). Not on canceled or completed events (409).",
  tags,
  auth: "org",
  permission: "staffing.requests.write",
  params: ZIdParams,
  body: ZCreateRequests,
  response: ZCreateRequestsResult,
  status: 201,
  errors: [409],
});

export const bulkConfirmRoute = defineRoute({
  method: "POST",
  path: "/staffing/requirements/{id}/confirm",
  summary: "Confirm several requests",
  description:
    "All or nothing: each request must belong to the requirement (422) and be queued, sent " +
    "or available (409), and the unfilled places must suffice (409).",
  tags,
  auth: "org",
  permission: "staffing.requests.write",
  params: ZIdParams,
  body: ZBulkConfirm,
  response: z.array(ZLaborRequest),
  errors: [409],
});

export const deleteRequestRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/requests/{id}",
  summary: "Withdraw a queued request",
  description: "Only before it is sent (409 after); cancel it instead.",
  tags,
  auth: "org",
  permission: "staffing.requests.write",
  params: ZIdParams,
  response: z.object({ id: z.uuid() }).meta({ id: "DeletedLaborRequest" }),
  errors: [409],
});

function actionRoute(
  action: "confirm" | "decline" | "cancel" | "no-show" | "showed-up",
  summary: string,
  description: string,
) {
  return defineRoute({
    method: "POST",
    path: `/staffing/requests/{id}/${action}`,
    summary,
    description: `${description} Invalid from the request's state (409). ${stewardNote}`,
    tags,
    auth: "org",
    permission: "staffing.requests.write",
    params: ZIdParams,
    response: ZLaborRequest,
    errors: [409],
  });
}

export const confirmRequestRoute = actionRoute(
  "confirm",
  "Confirm a request",
  "From queued, sent or available; takes a place (409 when the requirement is full).",
);
export const declineRequestRoute = actionRoute(
  "decline",
  "Decline a request",
  "From queued, sent or available.",
);
export const cancelRequestRoute = actionRoute(
  "cancel",
  "Cancel a request",
  "From queued, sent, available or confirmed. A confirmed request frees its place, and " +
    "counts as a late cancellation for the worker when the call starts within 24 hours.",
);
export const noShowRequestRoute = actionRoute(
  "no-show",
  "Mark a no call, no show",
  "From confirmed. Frees the place (a replacement may be confirmed) and counts on the worker.",
);
export const showedUpRequestRoute = actionRoute(
  "showed-up",
  "Undo a no call, no show",
  "Back to confirmed; takes the place again (409 if a replacement took it).",
);

export const requestsRoutes: RouteContract[] = [
  fillListRoute,
  listRequestsRoute,
  createRequestsRoute,
  bulkConfirmRoute,
  deleteRequestRoute,
  confirmRequestRoute,
  declineRequestRoute,
  cancelRequestRoute,
  noShowRequestRoute,
  showedUpRequestRoute,
];
