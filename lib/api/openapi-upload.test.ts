import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineRoute } from "./contract";
import { buildOpenApiDocument } from "./openapi";

const uploadRoute = defineRoute({
  method: "PUT",
  path: "/things/{id}/picture",
  summary: "Upload a picture",
  tags: ["Test"],
  auth: "user",
  params: z.object({ id: z.uuid() }),
  upload: { mediaTypes: ["image/png", "multipart/form-data"], description: "The image" },
  response: z.object({ ok: z.boolean() }),
  errors: [413],
});

describe("OpenAPI upload bodies", () => {
  const operation = buildOpenApiDocument([uploadRoute]).paths?.["/things/{id}/picture"]?.put;

  it("documents a binary body per media type, and a `file` field for forms", () => {
    expect(operation?.requestBody).toEqual({
      required: true,
      description: "The image",
      content: {
        "image/png": { schema: { type: "string", format: "binary" } },
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: { file: { type: "string", format: "binary" } },
            required: ["file"],
          },
        },
      },
    });
  });

  it("lists the errors an upload can meet", () => {
    expect(Object.keys(operation?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "401", "413", "422", "500"]),
    );
  });

  it("is used by PUT /me/avatar", () => {
    const avatar = buildOpenApiDocument().paths?.["/me/avatar"]?.put;
    expect(Object.keys((avatar?.requestBody as { content: object }).content)).toEqual([
      "image/png",
      "image/jpeg",
      "image/webp",
      "multipart/form-data",
    ]);
  });
});
