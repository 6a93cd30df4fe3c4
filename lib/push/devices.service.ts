import { and, desc, eq, inArray, notInArray } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { devices } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { toDevice } from "./devices.queries";
import type { TDevice, TDeviceInput } from "./schemas";

/** Devices beyond this (least recently seen first) are dropped. */
export const MAX_DEVICES_PER_USER = 10;

/**
 * Registers an app install's FCM token for the user, or refreshes it. A token identifies
 * one install: when another user signs in on it, the token moves to them.
 */
export async function registerDevice(userId: string, input: TDeviceInput): Promise<TDevice> {
  return getDb().transaction(async (tx) => {
    const values = {
      userId,
      platform: input.platform,
      name: input.name ?? null,
      appVersion: input.appVersion ?? null,
      lastSeenAt: new Date(),
    };
    const [row] = await tx
      .insert(devices)
      .values({ ...values, token: input.token })
      .onConflictDoUpdate({ target: devices.token, set: values })
      .returning();
    const keep = tx
      .select({ id: devices.id })
      .from(devices)
      .where(eq(devices.userId, userId))
      .orderBy(desc(devices.lastSeenAt))
      .limit(MAX_DEVICES_PER_USER);
    await tx.delete(devices).where(and(eq(devices.userId, userId), notInArray(devices.id, keep)));
    return toDevice(row!);
  });
}

/** Removes one of the caller's devices by id; another user's answers 404. */
export async function removeDevice(userId: string, id: string): Promise<void> {
  const removed = await getDb()
    .delete(devices)
    .where(and(eq(devices.userId, userId), eq(devices.id, id)))
    .returning({ id: devices.id });
  if (removed.length === 0) throw new NotFoundError("push.deviceNotFound");
}

/** Removes the caller's device by its token (the app signing out); another user's: 404. */
export async function removeDeviceByToken(userId: string, token: string): Promise<void> {
  const removed = await getDb()
    .delete(devices)
    .where(and(eq(devices.userId, userId), eq(devices.token, token)))
    .returning({ id: devices.id });
  if (removed.length === 0) throw new NotFoundError("push.deviceNotFound");
}

/** FCM said the token is no longer registered: the app was uninstalled or reset. */
export async function forgetDevices(ids: string[], db: Executor = getDb()) {
  if (ids.length === 0) return;
  await db.delete(devices).where(inArray(devices.id, ids));
}
