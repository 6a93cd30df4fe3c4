import { env, type TEnv } from "@/lib/config/env";
import { isValidStorageKey } from "./keys";
import { localStorageDriver } from "./local-driver";
import type { StorageDriver, StoredFile } from "./types";

export { detectImageType, UPLOAD_IMAGE_TYPES, type UploadImageType } from "./image-type";
export { isValidStorageKey, randomStorageKey } from "./keys";
export type { StoredFile } from "./types";
export { PayloadTooLargeError, readUploadedFile, type UploadedFile } from "./upload";

/** Where clients fetch a stored file; the storage module (avatars, logos) serves this path. */
export function publicFileUrl(key: string): string {
  return `/files/${key}`;
}

let current: { config: TEnv; driver: Promise<StorageDriver> } | undefined;

/**
 * S3 when S3_BUCKET is set, else the STORAGE_DIR folder; rebuilt when the env is re-read.
 * The AWS SDK is loaded only when S3 is configured: every module that shows a user imports
 * this file for publicFileUrl.
 */
function storage(): Promise<StorageDriver> {
  const config = env();
  if (current?.config !== config) {
    const bucket = config.S3_BUCKET;
    const driver = bucket
      ? import("./s3-driver").then(({ s3StorageDriver }) =>
          s3StorageDriver({
            bucket,
            region: config.S3_REGION,
            endpoint: config.S3_ENDPOINT,
            accessKeyId: config.S3_ACCESS_KEY_ID,
            secretAccessKey: config.S3_SECRET_ACCESS_KEY,
          }),
        )
      : Promise.resolve(localStorageDriver(config.STORAGE_DIR));
    current = { config, driver };
  }
  return current.driver;
}

/** Stores bytes under a key we generated (see randomStorageKey), replacing any old content. */
export async function putFile(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
  await (await storage()).put(key, bytes, contentType);
}

/** The file under `key`, or null when there is none (or the key is not one we could make). */
export async function getFile(key: string): Promise<StoredFile | null> {
  if (!isValidStorageKey(key)) return null;
  return (await storage()).get(key);
}

export async function deleteFile(key: string): Promise<void> {
  await (await storage()).delete(key);
}
