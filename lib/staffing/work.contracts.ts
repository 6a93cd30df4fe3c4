import { z } from "zod";
import { defineRoute, type RouteContract } from "@/lib/api/contract";
import {
  ZWorkAnswer,
  ZWorkAnswerResult,
  ZWorkHistoryItem,
  ZWorkHistoryQuery,
  ZWorkRequest,
  ZWorkRequestParams,
  ZWorkRequestsQuery,
} from "./worker-requests.schemas";

/**
 * `/api/v1/work/*`: the worker's side of staffing, for any signed-in user (no org header).
 * The user's workers are the `workers` rows linked to their account; a worker row with the
 * user's verified phone is linked on the first call. Someone else's request answers 404.
 */

const tags = ["Work"];
const linkNote =
  "Your worker profiles are those linked to your account; any worker with your verified " +
  "phone number is linked on first use. Requests of other workers answer 404.";

export const listWorkRequestsRoute = defineRoute({
  method: "GET",
  path: "/work/requests",
  summary: "My labor requests",
  description:
    "`state=open` (default): requests waiting for your answer or a place, soonest call " +
    "first; `state=all`: everything sent to you, newest call first. Across every " +
    `organization you work for. ${linkNote}`,
  tags,
  auth: "user",
  query: ZWorkRequestsQuery,
  response: ZWorkRequest,
  paginated: true,
});

export const answerWorkRequestRoute = defineRoute({
  method: "POST",
  path: "/work/requests/{id}/answer",
  summary: "Answer a labor request",
  description:
    "`yes`: confirmed at once when the place was held for you or a first-come place is " +
    "free, else you are available and the manager confirms. `no`: declined. A yes may follow " +
    "a no. 409 once confirmed, canceled or when the call time has started. " +
    linkNote,
  tags,
  auth: "user",
  params: ZWorkRequestParams,
  body: ZWorkAnswer,
  response: ZWorkAnswerResult,
  errors: [409],
});

export const workScheduleRoute = defineRoute({
  method: "GET",
  path: "/work/schedule",
  summary: "My upcoming shifts",
  description:
    "Confirmed shifts not clocked out yet (a shift stays here up to 12 hours after its call " +
    "time), soonest first, with calendar and QR links and whether clock-in/out is open now. " +
    linkNote,
  tags,
  auth: "user",
  response: z.array(ZWorkRequest),
});

const clockNote =
  "Only confirmed shifts. Clock-in is open from 1 hour before to 1 hour after the call " +
  "time (409 outside, with the time it opens or closed); an early clock-in counts from the " +
  "call time. Clock-out follows the clock-in; the pay rules (minimum hours, rounding) apply " +
  "to the hours, not to the recorded times.";

export const workClockInRoute = defineRoute({
  method: "POST",
  path: "/work/requests/{id}/clock-in",
  summary: "Clock in",
  description: `${clockNote} ${linkNote}`,
  tags,
  auth: "user",
  params: ZWorkRequestParams,
  response: ZWorkRequest,
  errors: [409],
});

export const workClockOutRoute = defineRoute({
  method: "POST",
  path: "/work/requests/{id}/clock-out",
  summary: "Clock out",
  description: `${clockNote} ${linkNote}`,
  tags,
  auth: "user",
  params: ZWorkRequestParams,
  response: ZWorkRequest,
  errors: [409],
});

export const workHistoryRoute = defineRoute({
  method: "GET",
  path: "/work/history",
  summary: "My past shifts",
  description:
    "Past call times you were confirmed for (with hours by the pay rules, as on the " +
    "manager's time sheet), declined, were canceled from or missed, newest first. " +
    linkNote,
  tags,
  auth: "user",
  query: ZWorkHistoryQuery,
  response: ZWorkHistoryItem,
  paginated: true,
});

export const workRoutes: RouteContract[] = [
  listWorkRequestsRoute,
  answerWorkRequestRoute,
  workScheduleRoute,
  workClockInRoute,
  workClockOutRoute,
  workHistoryRoute,
];
