import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { UnauthorizedError } from "@/lib/errors";
import type {
  TLocationInput,
  TNotificationSettingsInput,
  TUpdateProfileInput,
  TUser,
} from "./schemas";
import { toUserDto } from "./users.queries";

type UserChanges = Partial<typeof users.$inferInsert>;

async function updateUser(userId: string, changes: UserChanges): Promise<TUser> {
  const [user] = await getDb()
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .returning();
  // Deleted between authentication and this write: the session is as good as gone.
  if (!user) throw new UnauthorizedError();
  return toUserDto(user);
}

/** Name, company, job title, language and time zone; fields left out stay as they are. */
export function updateProfile(userId: string, input: TUpdateProfileInput): Promise<TUser> {
  const changes: UserChanges = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.company !== undefined) changes.company = input.company;
  if (input.jobTitle !== undefined) changes.jobTitle = input.jobTitle;
  if (input.locale !== undefined) changes.locale = input.locale;
  if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
  return updateUser(userId, changes);
}

/** Where the user is (for nearby work); null forgets it. */
export function updateLocation(userId: string, input: TLocationInput): Promise<TUser> {
  return updateUser(userId, { latitude: input?.lat ?? null, longitude: input?.lng ?? null });
}

/** Which channels may reach the user; channels left out stay as they are. */
export function updateNotificationSettings(
  userId: string,
  input: TNotificationSettingsInput,
): Promise<TUser> {
  const changes: UserChanges = {};
  if (input.email !== undefined) changes.notifyEmail = input.email;
  if (input.sms !== undefined) changes.notifySms = input.sms;
  if (input.push !== undefined) changes.notifyPush = input.push;
  return updateUser(userId, changes);
}
