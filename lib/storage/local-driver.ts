import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertValidStorageKey } from "./keys";
import type { StorageDriver, StoredFile } from "./types";

const FALLBACK_CONTENT_TYPE = "application/octet-stream";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}

/**
 * Files in a folder on this machine (development, single-server installs). The content type
 * lives beside each file under `.meta/` (valid keys never start with a dot, so no key can
 * reach it), and writes go through `.tmp/` plus a rename, so a reader never sees half a file.
 */
export function localStorageDriver(root: string): StorageDriver {
  const base = path.resolve(root);

  function pathOf(key: string): string {
    assertValidStorageKey(key);
    const full = path.resolve(base, key);
    // The key check already rules this out; a second lock costs nothing.
    if (!full.startsWith(base + path.sep)) throw new Error("Storage key leaves the storage folder");
    return full;
  }
  const metaPathOf = (key: string) => path.join(base, ".meta", `${key}.json`);

  async function writeAtomically(target: string, data: Uint8Array | string): Promise<void> {
    const temporary = path.join(base, ".tmp", randomBytes(12).toString("hex"));
    await mkdir(path.dirname(temporary), { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, target);
  }

  return {
    async put(key, bytes, contentType) {
      const file = pathOf(key);
      await writeAtomically(metaPathOf(key), JSON.stringify({ contentType }));
      await writeAtomically(file, bytes);
    },

    async get(key): Promise<StoredFile | null> {
      const file = pathOf(key);
      let size: number;
      try {
        const info = await stat(file);
        if (!info.isFile()) return null;
        size = info.size;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      let contentType = FALLBACK_CONTENT_TYPE;
      try {
        const meta = JSON.parse(await readFile(metaPathOf(key), "utf8")) as {
          contentType?: unknown;
        };
        if (typeof meta.contentType === "string") contentType = meta.contentType;
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      return { body, contentType, size };
    },

    async delete(key) {
      const file = pathOf(key);
      await rm(file, { force: true });
      await rm(metaPathOf(key), { force: true });
    },
  };
}
