import { defineRoute, type RouteContract } from "@/lib/api/contract";
import { ZIdParams } from "./events.schemas";
import {
  ZAnswerTimeChange,
  ZMarkNotificationsRead,
  ZNotification,
  ZNotificationListQuery,
  ZNotificationsChanged,
  ZTimeChangeAnswer,
  ZTimeChangeAnswers,
  ZUnreadCount,
} from "./notifications.schemas";

const tags = ["Staffing: notifications"];
const stewardScope = "A steward sees only the notifications of the events assigned to them.";
const whatNotifies =
  "Notifications record what workers did (answered a request from the link, an SMS reply, " +
  "/work or the API; answered a time change with can't make it) and what jobs did " +
  "(auto-withdraw); a manager's own actions create none. Read state is shared by the team.";

export const listNotificationsRoute = defineRoute({
  method: "GET",
  path: "/staffing/notifications",
  summary: "The notification bell",
  description:
    `Newest first, with the worker, event, call time and labor type names so a client can ` +
    `write the line in its own language (\`message\` is an English fallback). ${whatNotifies} ` +
    stewardScope,
  tags,
  auth: "org",
  permission: "staffing.read",
  query: ZNotificationListQuery,
  response: ZNotification,
  paginated: true,
});

export const unreadNotificationCountRoute = defineRoute({
  method: "GET",
  path: "/staffing/notifications/unread-count",
  summary: "How many notifications are unread",
  description: stewardScope,
  tags,
  auth: "org",
  permission: "staffing.read",
  response: ZUnreadCount,
});

export const markNotificationsReadRoute = defineRoute({
  method: "POST",
  path: "/staffing/notifications/read",
  summary: "Mark notifications as read",
  description:
    "`ids` marks those (an id you cannot see answers 422 on that item and marks nothing); " +
    "`all: true` marks every notification you can see. `count` is how many were unread.",
  tags,
  auth: "org",
  permission: "staffing.read",
  body: ZMarkNotificationsRead,
  response: ZNotificationsChanged,
});

export const clearNotificationsRoute = defineRoute({
  method: "DELETE",
  path: "/staffing/notifications",
  summary: "Clear the notifications",
  description: `Deletes every notification you can see. ${stewardScope}`,
  tags,
  auth: "org",
  permission: "staffing.read",
  response: ZNotificationsChanged,
});

export const timeChangeAnswersRoute = defineRoute({
  method: "GET",
  path: "/staffing/call-times/{id}/time-change-answers",
  summary: "Answers to a call time's latest time change",
  description:
    "When a call time's start moves, each confirmed worker gets a text asking whether they " +
    "can make the new time. Grouped: confirmed, can't make it (with their messages), no " +
    "answer. A can't-make-it does not cancel the worker: the manager decides. A steward " +
    "reaches only the events assigned to them; any other call time answers 404.",
  tags: ["Staffing: events"],
  auth: "org",
  permission: "staffing.read",
  params: ZIdParams,
  response: ZTimeChangeAnswers,
});

export const answerWorkTimeChangeRoute = defineRoute({
  method: "POST",
  path: "/work/time-changes/{id}",
  summary: "Answer a time change",
  description:
    "For a signed-in worker: answers the time change `{id}` sent to one of your worker " +
    "profiles (404 for any other). The answer may change until the call starts; 409 when the " +
    "time changed again since, when you are no longer confirmed, or once the call started.",
  tags: ["Work"],
  auth: "user",
  params: ZIdParams,
  body: ZAnswerTimeChange,
  response: ZTimeChangeAnswer,
  errors: [409],
});

export const noticesRoutes: RouteContract[] = [
  listNotificationsRoute,
  unreadNotificationCountRoute,
  markNotificationsReadRoute,
  clearNotificationsRoute,
  timeChangeAnswersRoute,
];

/** `/work` routes of this module, listed in lib/api/registry.ts. */
export const noticesWorkRoutes: RouteContract[] = [answerWorkTimeChangeRoute];
