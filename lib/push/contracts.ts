import { z } from "zod";
import { defineRoute, type RouteContract } from "@/lib/api/contract";
import {
  ZDevice,
  ZDeviceInput,
  ZDeviceParams,
  ZDeviceRemoval,
  ZPushSubscription,
  ZPushSubscriptionInput,
  ZPushSubscriptionRemoval,
  ZVapidPublicKey,
} from "./schemas";

const tags = ["Push"];
const ZRemoved = z.null();

export const savePushSubscriptionRoute = defineRoute({
  method: "POST",
  path: "/me/push-subscriptions",
  summary: "Subscribe this browser to push notifications",
  description:
    "Send PushSubscription.toJSON() from a subscription made with the VAPID public key. " +
    "Saving an endpoint again refreshes it; an endpoint another user had moves to the caller. " +
    "Endpoints must belong to a browser push service (FCM, Mozilla, Apple, Windows).",
  tags,
  auth: "user",
  body: ZPushSubscriptionInput,
  response: ZPushSubscription,
  status: 201,
});

export const removePushSubscriptionRoute = defineRoute({
  method: "DELETE",
  path: "/me/push-subscriptions",
  summary: "Unsubscribe a browser from push notifications",
  tags,
  auth: "user",
  body: ZPushSubscriptionRemoval,
  response: ZRemoved,
  errors: [404],
});

export const vapidPublicKeyRoute = defineRoute({
  method: "GET",
  path: "/me/push-subscriptions/vapid-public-key",
  summary: "The VAPID public key browsers subscribe with",
  description: "404 when web push is not configured on this server (no VAPID keys).",
  tags,
  auth: "public",
  response: ZVapidPublicKey,
  errors: [404],
});

export const listDevicesRoute = defineRoute({
  method: "GET",
  path: "/me/devices",
  summary: "The caller's mobile app installs registered for push",
  tags,
  auth: "user",
  response: z.array(ZDevice),
});

export const registerDeviceRoute = defineRoute({
  method: "POST",
  path: "/me/devices",
  summary: "Register this app install's FCM token for push",
  description:
    "Registering a token again refreshes it; a token another user had moves to the caller.",
  tags,
  auth: "user",
  body: ZDeviceInput,
  response: ZDevice,
  status: 201,
});

export const removeDeviceByTokenRoute = defineRoute({
  method: "DELETE",
  path: "/me/devices",
  summary: "Unregister an app install by its FCM token (e.g. on sign-out)",
  tags,
  auth: "user",
  body: ZDeviceRemoval,
  response: ZRemoved,
  errors: [404],
});

export const removeDeviceRoute = defineRoute({
  method: "DELETE",
  path: "/me/devices/{id}",
  summary: "Unregister one of the caller's app installs",
  tags,
  auth: "user",
  params: ZDeviceParams,
  response: ZRemoved,
  errors: [404],
});

export const pushRoutes: RouteContract[] = [
  savePushSubscriptionRoute,
  removePushSubscriptionRoute,
  vapidPublicKeyRoute,
  listDevicesRoute,
  registerDeviceRoute,
  removeDeviceByTokenRoute,
  removeDeviceRoute,
];
