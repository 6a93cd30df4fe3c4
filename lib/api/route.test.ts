import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServiceUnavailableError,
  UnauthorizedError,
  ValidationError,
} from "@/lib/errors";
import { defineRoute } from "./contract";
import { created, ok, paginated } from "./respond";
import { apiRoute, endpoint, unknownRoute } from "./route";

const noParams = { params: Promise.resolve({}) };

const echoRoute = defineRoute({
  method: "POST",
  path: "/things/{id}",
  summary: "test",
  tags: ["Test"],
  auth: "public",
  params: z.object({ id: z.uuid() }),
  query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
  body: z.object({ name: z.string().min(2), count: z.number().int().max(5) }),
  response: z.object({ id: z.string(), name: z.string(), count: z.number() }),
  status: 201,
});

const echo = apiRoute(echoRoute, async ({ params, body }) =>
  created({ id: params.id, name: body.name, count: body.count }, "Created"),
);

const ID = "6f1c1f1e-8f5b-4c8e-9a6d-1c2b3a4d5e6f";

function post(body: string, headers: Record<string, string> = {}, id = ID) {
  return echo(
    new Request(`http://test/api/v1/things/${id}`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    }),
    { params: Promise.resolve({ id }) },
  );
}

describe("apiRoute", () => {
  it("answers success in the envelope with the contract's status and a request id", async () => {
    const response = await post(JSON.stringify({ name: "Ana", count: 2 }));
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      status: "success",
      message: "Created",
      data: { id: ID, name: "Ana", count: 2 },
    });
  });

  it("keeps a sane incoming X-Request-Id and replaces a hostile one", async () => {
    const kept = await post(JSON.stringify({ name: "Ana", count: 1 }), {
      "x-request-id": "trace-123",
    });
    expect(kept.headers.get("x-request-id")).toBe("trace-123");
    const replaced = await post(JSON.stringify({ name: "Ana", count: 1 }), {
      "x-request-id": "<script>",
    });
    expect(replaced.headers.get("x-request-id")).not.toBe("<script>");
  });

  it("answers 400 for malformed JSON", async () => {
    const response = await post("{name:");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ status: "error", message: "The request body is not valid JSON." });
    expect(body.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("answers 422 with messages per field, for body, params and query", async () => {
    const response = await post(JSON.stringify({ name: "A", count: 9, extra: true }));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.status).toBe("error");
    expect(body.message).toBe("Some fields are invalid.");
    expect(body.errors).toEqual({
      name: ["Must be at least 2 characters."],
      count: ["Must be at most 5."],
    });

    const missing = await post("");
    expect((await missing.json()).errors).toEqual({
      name: ["This field is required."],
      count: ["This field is required."],
    });

    const badId = await post(JSON.stringify({ name: "Ana", count: 1 }), {}, "nope");
    expect(badId.status).toBe(422);
    expect((await badId.json()).errors).toEqual({ id: ["Must be a valid id."] });
  });

  it("translates messages for Accept-Language: sq", async () => {
    const response = await post(JSON.stringify({ name: "A", count: 1 }), {
      "accept-language": "sq-AL,sq;q=0.9,en;q=0.5",
    });
    const body = await response.json();
    expect(body.message).toBe("Disa fusha nuk janë të vlefshme.");
    expect(body.errors.name).toEqual(["Duhet të ketë të paktën 2 karaktere."]);
  });

  it.each([
    [new UnauthorizedError(), 401, "Sign in to continue."],
    [new ForbiddenError(), 403, "You are not allowed to do this."],
    [new NotFoundError(), 404, "Not found."],
    [new ConflictError(), 409, "This conflicts with the current state."],
    [new ValidationError({ email: ["Taken."] }), 422, "Some fields are invalid."],
    [new RateLimitError(30), 429, "Too many requests. Try again in 30 seconds."],
    [
      new ServiceUnavailableError(),
      503,
      "A service we depend on is unavailable. Try again shortly.",
    ],
  ])("maps %s to its status", async (error, status, message) => {
    const route = apiRoute({ ...echoRoute, params: undefined, body: undefined }, async () => {
      throw error;
    });
    const response = await route(new Request("http://test/api/v1/things/x"), noParams);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body).toMatchObject({ status: "error", message });
    if (status === 422) expect(body.errors).toEqual({ email: ["Taken."] });
    if (status === 429) expect(response.headers.get("retry-after")).toBe("30");
  });

  it("turns an unexpected throw into a 500 that leaks nothing but the request id", async () => {
    const route = apiRoute({ ...echoRoute, params: undefined, body: undefined }, async () => {
      throw new Error("password=hunter2 at db.ts:42");
    });
    const response = await route(new Request("http://test/api/v1/things/x"), noParams);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("db.ts");
    const body = JSON.parse(text);
    expect(body.status).toBe("error");
    expect(body.message).toContain(body.requestId);
    expect(body.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("adds meta to paginated lists and parses repeated query keys as arrays", async () => {
    const listRoute = defineRoute({
      method: "GET",
      path: "/things",
      summary: "list",
      tags: ["Test"],
      auth: "public",
      query: z.object({ tag: z.array(z.string()), page: z.coerce.number().int().min(1) }),
      response: z.string(),
      paginated: true,
    });
    const list = apiRoute(listRoute, async ({ query }) =>
      paginated(query.tag, { page: query.page, pageSize: 20, total: 2 }, "Things"),
    );
    const response = await list(
      new Request("http://test/api/v1/things?tag=a&tag=b&page=1"),
      noParams,
    );
    expect(await response.json()).toEqual({
      status: "success",
      message: "Things",
      data: ["a", "b"],
      meta: { page: 1, pageSize: 20, total: 2 },
    });
    const bad = await list(new Request("http://test/api/v1/things?tag=a&tag=b&page=0"), noParams);
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual({ page: ["Must be at least 1."] });
  });

  it("passes a handler's own Response through, with the request id", async () => {
    const raw = apiRoute(
      { ...echoRoute, params: undefined, body: undefined, raw: true },
      async () => Response.json({ openapi: "3.1.0" }),
    );
    const response = await raw(new Request("http://test/x"), noParams);
    expect(await response.json()).toEqual({ openapi: "3.1.0" });
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(ok(1, "m").status).toBe(200);
  });

  it("endpoint() answers other methods with an enveloped 405 and Allow", async () => {
    const getThing = defineRoute({ ...echoRoute, method: "GET", body: undefined });
    const handlers = endpoint(
      apiRoute(getThing, async () => ok({ id: ID, name: "x", count: 1 }, "Thing")),
      echo,
    );
    expect(handlers.POST).toBe(echo);
    const response = await handlers.DELETE(
      new Request(`http://test/api/v1/things/${ID}`, { method: "DELETE" }),
      noParams,
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(await response.json()).toMatchObject({
      status: "error",
      message: "DELETE is not allowed here. Allowed: GET, POST.",
    });
    const options = await handlers.OPTIONS(
      new Request("http://test", { method: "OPTIONS" }),
      noParams,
    );
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, POST");
  });

  it("answers unknown paths with an enveloped 404", async () => {
    const response = await unknownRoute(new Request("http://test/api/v1/nope"), noParams);
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(await response.json()).toMatchObject({
      status: "error",
      message: expect.stringContaining("no such API endpoint"),
    });
  });
});
