import { defineRoute, type RouteContract } from "@/lib/api/contract";
import {
  ZInboxMarked,
  ZInboxNotification,
  ZInboxQuery,
  ZInboxUnreadCount,
  ZNotificationIdParams,
} from "./notifications.schemas";

const tags = ["Notifications"];
const live =
  "The inbox changed when `notifications.changed` arrives on your channel `private-user-{userId}`.";

export const listInboxRoute = defineRoute({
  method: "GET",
  path: "/notifications",
  summary: "My notifications",
  description:
    "Booking and rating notices, newest first, written in your language when they were sent " +
    `(as a customer and as a business member). ${live}`,
  tags,
  auth: "user",
  query: ZInboxQuery,
  response: ZInboxNotification,
  paginated: true,
});

export const inboxUnreadCountRoute = defineRoute({
  method: "GET",
  path: "/notifications/unread-count",
  summary: "How many of my notifications are unread",
  tags,
  auth: "user",
  response: ZInboxUnreadCount,
});

export const markInboxReadRoute = defineRoute({
  method: "POST",
  path: "/notifications/{id}/read",
  summary: "Mark a notification read",
  description: "Someone else's notification answers 404.",
  tags,
  auth: "user",
  params: ZNotificationIdParams,
  response: ZInboxMarked,
  errors: [404],
});

export const markInboxAllReadRoute = defineRoute({
  method: "POST",
  path: "/notifications/read-all",
  summary: "Mark all my notifications read",
  tags,
  auth: "user",
  response: ZInboxMarked,
});

export const notificationRoutes: RouteContract[] = [
  listInboxRoute,
  inboxUnreadCountRoute,
  markInboxReadRoute,
  markInboxAllReadRoute,
];
