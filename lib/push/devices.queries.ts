import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices } from "@/db/schema";
import type { TDevice } from "./schemas";

type DeviceRow = Pick<
  typeof devices.$inferSelect,
  "id" | "platform" | "name" | "appVersion" | "createdAt" | "lastSeenAt"
>;

export function toDevice(row: DeviceRow): TDevice {
  return {
    id: row.id,
    platform: row.platform,
    name: row.name,
    appVersion: row.appVersion,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
  };
}

/** The caller's app installs, most recently seen first. */
export async function listDevices(userId: string): Promise<TDevice[]> {
  const rows = await getDb()
    .select({
      id: devices.id,
      platform: devices.platform,
      name: devices.name,
      appVersion: devices.appVersion,
      createdAt: devices.createdAt,
      lastSeenAt: devices.lastSeenAt,
    })
    .from(devices)
    .where(eq(devices.userId, userId))
    .orderBy(desc(devices.lastSeenAt));
  return rows.map(toDevice);
}
