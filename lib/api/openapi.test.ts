import { readdir } from "node:fs/promises";
import path from "node:path";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS } from "./contract";
import { buildOpenApiDocument } from "./openapi";
import { apiRoutes } from "./registry";
import type { RouteHandler } from "./route";

const API_DIR = path.join(process.cwd(), "app", "api", "v1");

/** `app/api/v1/staffing/events/[id]/route.ts` → `/staffing/events/{id}` */
async function routeFiles(dir = API_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      // The catch-all answers 404 for undeclared paths; it is not an endpoint.
      if (entry.isDirectory()) return entry.name.startsWith("[...") ? [] : routeFiles(full);
      return entry.name === "route.ts" ? [full] : [];
    }),
  );
  return nested.flat();
}

function openApiPathOf(file: string): string {
  const relative = path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/");
  return `/${relative}`.replace(/\[([^\]]+)\]/g, "{$1}");
}

// Importing every route file takes seconds on a busy 2-core machine: more than the unit
// project's 5-second default.
describe("OpenAPI document", { timeout: 60_000 }, () => {
  const document = buildOpenApiDocument();

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toBe("3.1.0");
    const config = await createConfig({ extends: ["minimal"] });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: "openapi.json",
      config,
    });
    const errors = problems.filter((problem) => problem.severity === "error");
    expect(errors.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
  });

  it("documents every handler under app/api/v1, at the path of its file", async () => {
    const files = await routeFiles();
    expect(files.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const file of files) {
      const route = (await import(file)) as Record<string, RouteHandler>;
      const apiPath = openApiPathOf(file);
      for (const method of HTTP_METHODS) {
        const contract = route[method]?.contract;
        if (!contract) continue; // the enveloped 405 for a method the file does not serve
        expect(`${contract.method} ${contract.path}`).toBe(`${method} ${apiPath}`);
        const operation = document.paths?.[apiPath]?.[method.toLowerCase() as "get"];
        if (!operation) missing.push(`${method} ${apiPath}`);
        else expect(Object.keys(operation.responses ?? {})).not.toHaveLength(0);
      }
    }
    expect(
      missing,
      "handlers without an OpenAPI entry: add their contract to lib/api/registry.ts",
    ).toEqual([]);
  });

  it("has a route file serving every contract", async () => {
    const files = await routeFiles();
    const byPath = new Map(files.map((file) => [openApiPathOf(file), file]));
    for (const contract of apiRoutes) {
      const file = byPath.get(contract.path);
      expect(file, `no route file for ${contract.method} ${contract.path}`).toBeDefined();
      const route = (await import(file!)) as Record<string, RouteHandler>;
      expect(route[contract.method]?.contract, `${contract.method} ${contract.path}`).toBe(
        contract,
      );
    }
  }, 60_000);

  it("describes bodies and the error envelope", () => {
    const post = document.paths?.["/contact-messages"]?.post;
    expect(post?.requestBody).toBeDefined();
    expect(Object.keys(post?.responses ?? {})).toEqual(
      expect.arrayContaining(["201", "400", "422", "500"]),
    );
    expect(document.components?.schemas).toHaveProperty("ErrorEnvelope");
    expect(document.components?.schemas).toHaveProperty("ContactMessageInput");
  });
});
