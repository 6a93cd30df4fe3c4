import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as serveFile } from "@/app/files/[...key]/route";
import { forgetEnv } from "@/lib/config/env";
import {
  deleteFile,
  getFile,
  isValidStorageKey,
  publicFileUrl,
  putFile,
  randomStorageKey,
} from ".";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function requestFile(key: string) {
  return serveFile(new Request(`http://localhost/files/${key}`), {
    params: Promise.resolve({ key: key.split("/") }),
  });
}

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "callboard-storage-"));
  vi.stubEnv("STORAGE_DIR", root);
  vi.stubEnv("S3_BUCKET", "");
  forgetEnv();
});

afterEach(async () => {
  vi.unstubAllEnvs();
  forgetEnv();
  await rm(root, { recursive: true, force: true });
});

describe("storage keys", () => {
  it("accepts the keys we generate and refuses anything that could leave the folder", () => {
    const key = randomStorageKey("avatars/6f1c1f1e-8f5b-4c8e-9a6d-1c2b3a4d5e6f", "png");
    expect(key).toMatch(/^avatars\/6f1c1f1e-8f5b-4c8e-9a6d-1c2b3a4d5e6f\/[0-9a-f]{32}\.png$/);
    expect(isValidStorageKey(key)).toBe(true);
    for (const bad of [
      "",
      "../etc/passwd",
      "avatars/../../secret",
      "/etc/passwd",
      "avatars//x.png",
      "avatars/.meta/x.json",
      ".meta/avatars/x.png.json",
      "avatars\\x.png",
      "avatars/x.png/",
      "a".repeat(600),
    ]) {
      expect(isValidStorageKey(bad), bad).toBe(false);
    }
  });

  it("gives each call a different key", () => {
    expect(randomStorageKey("logos", "webp")).not.toBe(randomStorageKey("logos", "webp"));
  });

  it("keeps the public URL shape", () => {
    expect(publicFileUrl("avatars/u/a.png")).toBe("/files/avatars/u/a.png");
  });
});

describe("local storage", () => {
  it("stores, reads back with the content type, and deletes", async () => {
    await putFile("avatars/u1/a.png", PNG, "image/png");
    const file = await getFile("avatars/u1/a.png");
    expect(file).toMatchObject({ contentType: "image/png", size: PNG.length });
    expect(new Uint8Array(await new Response(file!.body).arrayBuffer())).toEqual(PNG);

    await deleteFile("avatars/u1/a.png");
    expect(await getFile("avatars/u1/a.png")).toBeNull();
    // Deleting again is fine; the temporary folder holds nothing left over.
    await deleteFile("avatars/u1/a.png");
    expect(await readdir(path.join(root, ".tmp"))).toEqual([]);
  });

  it("replaces the content of a key written twice", async () => {
    await putFile("logos/x.bin", new Uint8Array([1]), "application/octet-stream");
    await putFile("logos/x.bin", new Uint8Array([2, 3]), "image/webp");
    const file = await getFile("logos/x.bin");
    expect(file?.contentType).toBe("image/webp");
    expect(new Uint8Array(await new Response(file!.body).arrayBuffer())).toEqual(
      new Uint8Array([2, 3]),
    );
  });

  it("answers null for missing or invalid keys and refuses to write outside its folder", async () => {
    expect(await getFile("avatars/none.png")).toBeNull();
    expect(await getFile("../outside.png")).toBeNull();
    await expect(putFile("../escape.png", PNG, "image/png")).rejects.toThrow(/Invalid storage key/);
    await expect(deleteFile("avatars/../../x")).rejects.toThrow(/Invalid storage key/);
  });
});

describe("GET /files/{key}", () => {
  it("serves the bytes with the stored type, a year of caching and nosniff", async () => {
    await putFile("avatars/u2/b.png", PNG, "image/png");
    const response = await requestFile("avatars/u2/b.png");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(PNG.length));
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it("answers 404 for a missing file and for keys that try to escape", async () => {
    for (const key of [
      "avatars/u2/missing.png",
      "../../etc/passwd",
      ".meta/avatars/u2/b.png.json",
    ]) {
      const response = await requestFile(key);
      expect(response.status, key).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});
