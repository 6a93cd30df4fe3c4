/**
 * The inbox's live channel and event, as lib/booking/live.ts publishes them. Repeated here
 * because that module enqueues jobs on the server and must not reach the browser bundle;
 * inbox-channel.test.ts keeps the two in step.
 */
export const inboxChannel = (userId: string) => `private-user-${userId}`;
export const INBOX_CHANGED_EVENT = "notifications.changed";
