import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineRoute } from "./contract";
import { createRouteMatcher } from "./match";

const route = (method: "GET" | "POST" | "DELETE", path: string) =>
  defineRoute({ method, path, summary: "", tags: [], auth: "public", response: z.unknown() });

const match = createRouteMatcher([
  route("GET", "/health"),
  route("GET", "/events/{id}"),
  route("DELETE", "/events/{id}"),
  route("POST", "/events"),
]);

describe("route matcher", () => {
  it("finds declared routes, with path parameters and HEAD for GET", () => {
    expect(match("/api/v1/health", "GET")).toEqual({ kind: "found" });
    expect(match("/api/v1/health/", "HEAD")).toEqual({ kind: "found" });
    expect(match("/api/v1/events/abc", "DELETE")).toEqual({ kind: "found" });
  });

  it("answers not-found for unknown paths and deeper paths", () => {
    expect(match("/api/v1/nope", "GET")).toEqual({ kind: "not-found" });
    expect(match("/api/v1/events/abc/extra", "GET")).toEqual({ kind: "not-found" });
    expect(match("/api/v2/health", "GET")).toEqual({ kind: "not-found" });
  });

  it("answers method-not-allowed with the allowed methods", () => {
    expect(match("/api/v1/events/abc", "PUT")).toEqual({
      kind: "method-not-allowed",
      allow: ["GET", "DELETE"],
    });
    expect(match("/api/v1/health", "POST")).toEqual({ kind: "method-not-allowed", allow: ["GET"] });
  });
});
