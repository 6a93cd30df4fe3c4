import { randomBytes } from "node:crypto";

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;

/**
 * Keys look like `avatars/<uuid>/<random>.png`: slash-separated segments of letters, digits,
 * `.`, `_` and `-`, none starting with a dot. We generate every key ourselves, but the
 * serving route takes them from URLs, so `..`, absolute paths, backslashes and hidden
 * names (the local driver keeps its metadata under `.meta/`) are refused everywhere.
 */
export function isValidStorageKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment));
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

/** `prefix/<random>.ext`: a fresh, unguessable key that never names two different files. */
export function randomStorageKey(prefix: string, extension: string): string {
  const key = `${prefix}/${randomBytes(16).toString("hex")}.${extension}`;
  assertValidStorageKey(key);
  return key;
}
