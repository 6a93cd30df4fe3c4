import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appUrl, ConfigError, parseEnv, ZEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults for a bare environment", () => {
    const config = parseEnv({});
    expect(config).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      EMBEDDED_PG_DIR: ".data/postgres",
      EMBEDDED_PG_PORT: 54329,
      DATABASE_POOL_MAX: 10,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(appUrl(config)).toBe("http://localhost:3000");
  });

  it("coerces numbers and booleans from strings", () => {
    const config = parseEnv({ PORT: "4000", LOG_PRETTY: "false", DATABASE_POOL_MAX: "3" });
    expect(config.PORT).toBe(4000);
    expect(config.LOG_PRETTY).toBe(false);
    expect(config.DATABASE_POOL_MAX).toBe(3);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names every invalid variable in one clear error", () => {
    let error: unknown;
    try {
      parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", NODE_ENV: "staging" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(message).toContain("PORT:");
    expect(message).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
    expect(message).toContain("NODE_ENV:");
    expect(message).toContain(".env.example");
  });

  it("rejects out-of-range ports", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => parseEnv({ EMBEDDED_PG_PORT: "80" })).toThrow(/EMBEDDED_PG_PORT/);
  });
});

describe(".env.example", () => {
  it("documents every variable the app validates", () => {
    const example = readFileSync(new URL("../../.env.example", import.meta.url), "utf8");
    const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    const missing = Object.keys(ZEnv.shape).filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
  });
});

describe("AUTH_SECRET", () => {
  it("is required in production and must be long", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: is required/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
    expect(
      parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).AUTH_SECRET,
    ).toHaveLength(32);
  });
});
