import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DELETE, PUT } from "@/app/api/v1/me/avatar/route";
import { GET as serveFile } from "@/app/files/[...key]/route";
import { forgetEnv } from "@/lib/config/env";
import { getFile } from "@/lib/storage";
import { signedInUser } from "@/lib/testing/factories";
import { AVATAR_MAX_BYTES, updateAvatar } from "./avatar.service";
import { findActiveUserById } from "./users.queries";

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 200);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 300);
const WEBP = bytes([...ascii("RIFF"), 0x20, 0, 0, 0, ...ascii("WEBPVP8 ")], 100);
const GIF = bytes(ascii("GIF89a"), 50);
const HTML = new TextEncoder().encode("<html><script>alert(1)</script></html>");

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/** A signature followed by filler, as long as asked. */
function bytes(signature: number[], length: number): Uint8Array<ArrayBuffer> {
  const result = new Uint8Array(length).fill(7);
  result.set(signature);
  return result;
}

const noParams = { params: Promise.resolve({}) };

function putAvatar(
  body: BodyInit,
  options: { token?: string; contentType?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.contentType) headers["content-type"] = options.contentType;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return PUT(
    new Request("http://localhost/api/v1/me/avatar", {
      method: "PUT",
      body,
      headers,
      duplex: "half",
    } as RequestInit),
    noParams,
  );
}

function deleteAvatar(token?: string) {
  return DELETE(
    new Request("http://localhost/api/v1/me/avatar", {
      method: "DELETE",
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    noParams,
  );
}

function form(blob: Blob, field = "file") {
  const data = new FormData();
  data.set(field, blob, "picture");
  return data;
}

function keyOf(avatarUrl: string): string {
  expect(avatarUrl.startsWith("/files/")).toBe(true);
  return avatarUrl.slice("/files/".length);
}

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "callboard-avatars-"));
  vi.stubEnv("STORAGE_DIR", root);
  forgetEnv();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  forgetEnv();
  await rm(root, { recursive: true, force: true });
});

async function filesOf(userId: string): Promise<string[]> {
  return readdir(path.join(root, "avatars", userId)).catch(() => []);
}

describe("PUT /me/avatar", () => {
  it("stores a raw PNG body, answers the user with its URL, and /files serves it", async () => {
    const { user, token } = await signedInUser();
    const response = await putAvatar(PNG, { token, contentType: "image/png" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.message).toBe("Profile picture saved.");
    expect(body.data.id).toBe(user.id);
    expect(body.data.avatarUrl).toMatch(
      new RegExp(`^/files/avatars/${user.id}/[0-9a-f]{32}\\.png$`),
    );

    const key = keyOf(body.data.avatarUrl);
    expect((await findActiveUserById(user.id))?.avatarKey).toBe(key);
    const served = await serveFile(new Request(`http://localhost${body.data.avatarUrl}`), {
      params: Promise.resolve({ key: key.split("/") }),
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
  });

  it("takes a browser's multipart form and deletes the previous picture", async () => {
    const { user, token } = await signedInUser();
    const first = await (await putAvatar(PNG, { token, contentType: "image/png" })).json();
    const firstKey = keyOf(first.data.avatarUrl);

    const response = await putAvatar(form(new Blob([JPEG], { type: "image/jpeg" })), { token });
    expect(response.status).toBe(200);
    const second = await response.json();
    const secondKey = keyOf(second.data.avatarUrl);
    expect(secondKey).toMatch(/\.jpg$/);
    expect(await getFile(firstKey)).toBeNull();
    expect((await getFile(secondKey))?.contentType).toBe("image/jpeg");
    expect(await filesOf(user.id)).toEqual([path.basename(secondKey)]);
  });

  it("goes by the bytes when the browser could not name the type", async () => {
    const { token } = await signedInUser();
    const response = await putAvatar(form(new Blob([WEBP])), { token });
    expect(response.status).toBe(200);
    const key = keyOf((await response.json()).data.avatarUrl);
    expect(key).toMatch(/\.webp$/);
    expect((await getFile(key))?.contentType).toBe("image/webp");
  });

  it("refuses bytes that are not a PNG, JPEG or WebP, whatever the header says", async () => {
    const { user, token } = await signedInUser();
    await putAvatar(PNG, { token, contentType: "image/png" });
    const before = await findActiveUserById(user.id);

    for (const [body, contentType] of [
      [HTML, "image/png"],
      [GIF, "image/gif"],
      [PNG, "text/html"],
    ] as const) {
      const response = await putAvatar(body, { token, contentType });
      expect(response.status, contentType).toBe(422);
      expect((await response.json()).errors).toEqual({
        file: ["Upload a PNG, JPEG or WebP image."],
      });
    }
    const disguised = await putAvatar(form(new Blob([HTML], { type: "image/jpeg" })), { token });
    expect(disguised.status).toBe(422);

    expect((await findActiveUserById(user.id))?.avatarKey).toBe(before?.avatarKey);
    expect(await filesOf(user.id)).toHaveLength(1);
  });

  it("refuses more than 2 MB with 413, raw, streamed or in a form", async () => {
    const { user, token } = await signedInUser();
    const big = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], AVATAR_MAX_BYTES + 1);

    const raw = await putAvatar(big, { token, contentType: "image/png" });
    expect(raw.status).toBe(413);
    const body = await raw.json();
    expect(body.message).toBe("The image is larger than 2 MB. Choose a smaller one.");
    expect(body.errors.file).toEqual(["The image is larger than 2 MB. Choose a smaller one."]);

    // No Content-Length: the reader stops once the stream passes the limit.
    const chunk = new Uint8Array(256 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(PNG);
        for (let i = 0; i < 9; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await putAvatar(stream, { token, contentType: "image/png" });
    expect(streamed.status).toBe(413);

    const inForm = await putAvatar(form(new Blob([big], { type: "image/png" })), { token });
    expect(inForm.status).toBe(413);

    const exact = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], AVATAR_MAX_BYTES);
    expect((await putAvatar(exact, { token, contentType: "image/png" })).status).toBe(200);
    expect(await filesOf(user.id)).toHaveLength(1);
  });

  it("asks for a file when the body or the form field is missing", async () => {
    const { user, token } = await signedInUser();
    const empty = await putAvatar(new Uint8Array(), {
      token,
      contentType: "image/png",
      headers: { "accept-language": "sq" },
    });
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors).toEqual({ file: ["Zgjidhni një imazh për ta ngarkuar."] });

    const wrongField = await putAvatar(form(new Blob([PNG], { type: "image/png" }), "image"), {
      token,
    });
    expect(wrongField.status).toBe(422);
    expect((await findActiveUserById(user.id))?.avatarKey).toBeNull();
  });

  it("answers 401 without a token and stores nothing", async () => {
    const response = await putAvatar(PNG, { contentType: "image/png" });
    expect(response.status).toBe(401);
  });
});

describe("DELETE /me/avatar", () => {
  it("removes the picture and its file; removing again is fine", async () => {
    const { user, token } = await signedInUser();
    const uploaded = await (await putAvatar(PNG, { token, contentType: "image/png" })).json();
    const key = keyOf(uploaded.data.avatarUrl);

    const response = await deleteAvatar(token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.avatarUrl).toBeNull();
    expect(body.message).toBe("Profile picture removed.");
    expect(await getFile(key)).toBeNull();
    expect((await findActiveUserById(user.id))?.avatarKey).toBeNull();

    expect((await deleteAvatar(token)).status).toBe(200);
  });

  it("answers 401 without a token", async () => {
    expect((await deleteAvatar()).status).toBe(401);
  });
});

describe("updateAvatar (for the settings page)", () => {
  it("returns the updated user row", async () => {
    const { user } = await signedInUser();
    const row = await updateAvatar(user, WEBP, "image/webp");
    expect(row.id).toBe(user.id);
    expect(row.avatarKey).toMatch(new RegExp(`^avatars/${user.id}/[0-9a-f]{32}\\.webp$`));
  });
});
