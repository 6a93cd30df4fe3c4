export * from "./contracts";
export { listDevices } from "./devices.queries";
export {
  forgetDevices,
  MAX_DEVICES_PER_USER,
  registerDevice,
  removeDevice,
  removeDeviceByToken,
} from "./devices.service";
export * from "./schemas";
export {
  forgetPushSubscriptions,
  markPushSubscriptionsUsed,
  MAX_PUSH_SUBSCRIPTIONS_PER_USER,
  removePushSubscription,
  savePushSubscription,
} from "./subscriptions.service";
export { listPushTargets, type PushTargets } from "./targets.queries";
export { vapidPublicKey } from "./vapid";
