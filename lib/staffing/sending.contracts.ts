import { defineRoute, type RouteContract } from "@/lib/api/contract";
import { ZIdParams } from "./events.schemas";
import { ZSendingState, ZSendResult, ZSetSendingPaused } from "./sending.schemas";

const tags = ["Staffing: sending"];
const stewardNote =
  "A steward reaches only the events assigned to them; any other event answers 404.";

function sendRoute(target: "events" | "call-times" | "requirements", what: string) {
  return defineRoute({
    method: "POST",
    path: `/staffing/${target}/{id}/send`,
    summary: `Send ${what}'s queued requests`,
    description:
      `Queues a background job that texts every queued request of ${what} and answers at ` +
      "once (202) with what is queued. Each worker gets one text per event, however many " +
      "requests: the link in it lists them all. Workers who have not agreed to texts first " +
      "get a one-time consent question and their requests wait for their YES; workers who " +
      "replied STOP get nothing. Requests for call times that have started are left alone. " +
      "On an event whose sending is paused, this resumes it (send all at once). Not on " +
      `canceled or completed events (409). ${stewardNote}`,
    tags,
    auth: "org",
    permission: "staffing.requests.write",
    params: ZIdParams,
    response: ZSendResult,
    status: 202,
    errors: [409],
  });
}

export const sendEventRoute = sendRoute("events", "an event");
export const sendCallTimeRoute = sendRoute("call-times", "a call time");
export const sendRequirementRoute = sendRoute("requirements", "a labor requirement");

export const setSendingPausedRoute = defineRoute({
  method: "PUT",
  path: "/staffing/events/{id}/sending",
  summary: "Pause or resume an event's texts",
  description:
    "While paused, no work request of the event is texted (sends already started stop " +
    "before their next text); requests stay queued. Resuming sends nothing by itself: the " +
    `next send does. Not on canceled or completed events (409). ${stewardNote}`,
  tags,
  auth: "org",
  permission: "staffing.requests.write",
  params: ZIdParams,
  body: ZSetSendingPaused,
  response: ZSendingState,
  errors: [409],
});

export const sendingRoutes: RouteContract[] = [
  sendEventRoute,
  sendCallTimeRoute,
  sendRequirementRoute,
  setSendingPausedRoute,
];
