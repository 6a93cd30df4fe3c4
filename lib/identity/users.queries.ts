import { and, eq, isNull } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { TUser } from "./schemas";
import { publicFileUrl } from "@/lib/storage";

export type UserRow = typeof users.$inferSelect;

/** The one place a user row becomes what clients see (no hashes, no secrets). */
export function toUserDto(row: UserRow): TUser {
  return {
    id: row.id,
    email: row.email,
    emailVerified: row.emailVerifiedAt !== null,
    name: row.name,
    phone: row.phone,
    phoneVerified: row.phoneVerifiedAt !== null,
    company: row.company,
    jobTitle: row.jobTitle,
    avatarUrl: row.avatarKey ? publicFileUrl(row.avatarKey) : null,
    locale: row.locale,
    timeZone: row.timeZone,
    location:
      row.latitude !== null && row.longitude !== null
        ? { lat: row.latitude, lng: row.longitude }
        : null,
    notificationSettings: { email: row.notifyEmail, sms: row.notifySms, push: row.notifyPush },
    twoFactorEnabled: row.totpEnabledAt !== null,
    isPlatformAdmin: row.isPlatformAdmin,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findActiveUserById(
  id: string,
  db: Executor = getDb(),
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deletedAt)));
  return row;
}

export async function findActiveUserByEmail(
  email: string,
  db: Executor = getDb(),
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deletedAt)));
  return row;
}

export async function findActiveUserByPhone(
  phone: string,
  db: Executor = getDb(),
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.phone, phone), isNull(users.deletedAt)));
  return row;
}
