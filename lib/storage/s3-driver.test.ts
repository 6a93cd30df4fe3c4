import { createHash } from "node:crypto";
import { http, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as serveFile } from "@/app/files/[...key]/route";
import { forgetEnv } from "@/lib/config/env";
import { interceptExternalHttp } from "@/lib/testing/external-http";
import { deleteFile, getFile, putFile } from ".";
import { s3StorageDriver } from "./s3-driver";

interface StoredObject {
  bytes: Uint8Array;
  contentType: string | null;
}

/** A tiny S3: path-style objects in memory, plus every request's method, URL and headers. */
const buckets = new Map<string, StoredObject>();
const requests: Array<{ method: string; url: URL; headers: Headers }> = [];

function objectKey(url: URL, pathStyle: boolean): string {
  const parts = url.pathname.split("/").slice(1).map(decodeURIComponent);
  const bucket = pathStyle ? parts.shift()! : url.hostname.split(".")[0]!;
  return `${bucket}/${parts.join("/")}`;
}

function fakeS3(origin: string, pathStyle: boolean) {
  const pattern = `${origin}/*`;
  return [
    http.put(pattern, async ({ request }) => {
      const url = new URL(request.url);
      requests.push({ method: "PUT", url, headers: request.headers });
      buckets.set(objectKey(url, pathStyle), {
        bytes: new Uint8Array(await request.arrayBuffer()),
        contentType: request.headers.get("content-type"),
      });
      return new HttpResponse(null, { status: 200, headers: { ETag: '"etag"' } });
    }),
    http.get(pattern, ({ request }) => {
      const url = new URL(request.url);
      requests.push({ method: "GET", url, headers: request.headers });
      const stored = buckets.get(objectKey(url, pathStyle));
      if (!stored) {
        return new HttpResponse(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code>' +
            "<Message>The specified key does not exist.</Message></Error>",
          { status: 404, headers: { "Content-Type": "application/xml" } },
        );
      }
      return new HttpResponse(stored.bytes, {
        headers: {
          "Content-Type": stored.contentType ?? "binary/octet-stream",
          "Content-Length": String(stored.bytes.length),
          ETag: '"etag"',
        },
      });
    }),
    http.delete(pattern, ({ request }) => {
      const url = new URL(request.url);
      requests.push({ method: "DELETE", url, headers: request.headers });
      buckets.delete(objectKey(url, pathStyle));
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

const server = interceptExternalHttp(
  ...fakeS3("https://s3.storage.test", true),
  ...fakeS3("https://callboard-media.s3.eu-central-1.amazonaws.com", false),
);

beforeAll(() => server.listen());
afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnv();
  buckets.clear();
  requests.length = 0;
});
afterAll(() => server.close());

const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 4, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 9, 9]);

describe("S3 storage (real AWS SDK against an intercepted endpoint)", () => {
  it("signs and sends path-style requests to an S3-compatible endpoint", async () => {
    const driver = s3StorageDriver({
      bucket: "uploads",
      region: "auto",
      endpoint: "https://s3.storage.test",
      accessKeyId: "AKIDTEST",
      secretAccessKey: "secret-test-key",
    });
    await driver.put("avatars/u1/pic.webp", WEBP, "image/webp");

    const put = requests[0]!;
    expect(put.url.origin + put.url.pathname).toBe(
      "https://s3.storage.test/uploads/avatars/u1/pic.webp",
    );
    // The signature covers the body: its SHA-256 is what the SDK declared.
    expect(put.headers.get("x-amz-content-sha256")).toBe(
      createHash("sha256").update(WEBP).digest("hex"),
    );
    expect(put.headers.get("authorization")).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/auto\/s3\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/,
    );
    expect(put.headers.get("content-type")).toBe("image/webp");
    expect(buckets.get("uploads/avatars/u1/pic.webp")?.bytes).toEqual(WEBP);

    const file = await driver.get("avatars/u1/pic.webp");
    expect(file).toMatchObject({ contentType: "image/webp", size: WEBP.length });
    expect(new Uint8Array(await new Response(file!.body).arrayBuffer())).toEqual(WEBP);

    await driver.delete("avatars/u1/pic.webp");
    expect(requests.at(-1)?.method).toBe("DELETE");
    expect(await driver.get("avatars/u1/pic.webp")).toBeNull();
  });

  it("uses virtual-hosted AWS URLs when no endpoint is set", async () => {
    const driver = s3StorageDriver({
      bucket: "callboard-media",
      region: "eu-central-1",
      accessKeyId: "AKIDTEST",
      secretAccessKey: "secret-test-key",
    });
    await driver.put("logos/x.webp", WEBP, "image/webp");
    expect(requests[0]!.url.origin + requests[0]!.url.pathname).toBe(
      "https://callboard-media.s3.eu-central-1.amazonaws.com/logos/x.webp",
    );
    expect(requests[0]?.headers.get("authorization")).toContain("/eu-central-1/s3/aws4_request");
  });

  it("refuses invalid keys before any request", async () => {
    const driver = s3StorageDriver({
      bucket: "uploads",
      region: "auto",
      endpoint: "https://s3.storage.test",
    });
    await expect(driver.put("../x", WEBP, "image/webp")).rejects.toThrow(/Invalid storage key/);
    expect(requests).toEqual([]);
  });

  it("is what putFile/getFile and /files use when S3_BUCKET is set", async () => {
    vi.stubEnv("S3_BUCKET", "uploads");
    vi.stubEnv("S3_REGION", "auto");
    vi.stubEnv("S3_ENDPOINT", "https://s3.storage.test");
    vi.stubEnv("S3_ACCESS_KEY_ID", "AKIDTEST");
    vi.stubEnv("S3_SECRET_ACCESS_KEY", "secret-test-key");
    forgetEnv();

    await putFile("avatars/u2/a.webp", WEBP, "image/webp");
    expect(buckets.has("uploads/avatars/u2/a.webp")).toBe(true);

    const response = await serveFile(new Request("http://localhost/files/avatars/u2/a.webp"), {
      params: Promise.resolve({ key: ["avatars", "u2", "a.webp"] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(WEBP);

    await deleteFile("avatars/u2/a.webp");
    expect(await getFile("avatars/u2/a.webp")).toBeNull();
    const missing = await serveFile(new Request("http://localhost/files/avatars/u2/a.webp"), {
      params: Promise.resolve({ key: ["avatars", "u2", "a.webp"] }),
    });
    expect(missing.status).toBe(404);
  });
});
