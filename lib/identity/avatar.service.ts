import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { getLogger } from "@/lib/logging/logger";
import {
  deleteFile,
  detectImageType,
  PayloadTooLargeError,
  putFile,
  randomStorageKey,
  UPLOAD_IMAGE_TYPES,
} from "@/lib/storage";
import type { UserRow } from "./users.queries";

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

/** What the avatar endpoints tell `readUploadedFile` (lib/storage/upload.ts). */
export const AVATAR_UPLOAD_LIMITS = {
  maxBytes: AVATAR_MAX_BYTES,
  tooLargeKey: "security.avatarTooLarge",
  missingKey: "security.avatarMissing",
};

/** Browsers label files they cannot place with these; the bytes decide then. */
const UNLABELLED_TYPES = new Set(["", "application/octet-stream"]);

const unsupported = () =>
  new ValidationError(
    { file: ["security.avatarUnsupportedType"] },
    "security.avatarUnsupportedType",
  );

/**
 * Sets a user's profile picture: a PNG, JPEG or WebP of at most 2 MB, recognised by its
 * bytes (a declared type, when specific, must be one of those too). The file is stored
 * under a fresh key, so cached copies of the old URL never show the new picture or vice
 * versa; the previous file is deleted once the user row points at the new one.
 */
export async function updateAvatar(
  user: UserRow,
  bytes: Uint8Array,
  contentType: string,
): Promise<UserRow> {
  if (bytes.length === 0) {
    throw new ValidationError({ file: ["security.avatarMissing"] }, "security.avatarMissing");
  }
  if (bytes.length > AVATAR_MAX_BYTES) {
    throw new PayloadTooLargeError("security.avatarTooLarge", undefined, {
      file: ["security.avatarTooLarge"],
    });
  }
  const declared = contentType.split(";")[0]!.trim().toLowerCase();
  if (!UNLABELLED_TYPES.has(declared) && !(declared in UPLOAD_IMAGE_TYPES)) throw unsupported();
  const actual = detectImageType(bytes);
  if (!actual) throw unsupported();

  const key = randomStorageKey(`avatars/${user.id}`, UPLOAD_IMAGE_TYPES[actual]);
  await putFile(key, bytes, actual);
  let swapped: { row: UserRow; previousKey: string | null };
  try {
    swapped = await swapAvatarKey(user.id, key);
  } catch (error) {
    await deleteQuietly(key);
    throw error;
  }
  if (swapped.previousKey) await deleteQuietly(swapped.previousKey);
  return swapped.row;
}

/** Removes the profile picture (nothing to do when there is none). */
export async function removeAvatar(user: UserRow): Promise<UserRow> {
  const { row, previousKey } = await swapAvatarKey(user.id, null);
  if (previousKey) await deleteQuietly(previousKey);
  return row;
}

/** Points the user at a new key and returns the old one, under a row lock (two uploads race). */
async function swapAvatarKey(userId: string, key: string | null) {
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ avatarKey: users.avatarKey })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.deletedAt)))
      .for("update");
    if (!current) throw new NotFoundError();
    const [row] = await tx
      .update(users)
      .set({ avatarKey: key, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning();
    return { row: row!, previousKey: current.avatarKey };
  });
}

/** A file left behind wastes a little space; failing the request over it would be worse. */
async function deleteQuietly(key: string): Promise<void> {
  try {
    await deleteFile(key);
  } catch (error) {
    getLogger().warn({ err: error, key }, "could not delete a replaced avatar file");
  }
}
