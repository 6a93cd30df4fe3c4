import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { GET as getDatabaseHealth } from "@/app/api/v1/health/db/route";
import { GET as getAppHealth } from "@/app/api/v1/health/route";
import { ServiceUnavailableError } from "@/lib/errors";
import { checkDatabase } from "./queries";

const context = { params: Promise.resolve({}) };

describe("health", () => {
  it("GET /health answers with version and uptime", async () => {
    const response = await getAppHealth(new Request("http://test/api/v1/health"), context);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "success",
      data: { status: "ok", version: expect.any(String), uptimeSeconds: expect.any(Number) },
    });
  });

  it("GET /health/db runs a real query and reports its latency", async () => {
    const response = await getDatabaseHealth(new Request("http://test/api/v1/health/db"), context);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.status).toBe("ok");
    expect(data.latencyMs).toBeGreaterThanOrEqual(0);
    expect(Number.parseFloat(data.serverVersion)).toBeGreaterThanOrEqual(15);
  });

  it("reports an unreachable database as unavailable (503)", async () => {
    // Nothing listens on port 1; the check must fail fast, not hang.
    const down = postgres("postgres://nobody:x@127.0.0.1:1/none", {
      max: 1,
      connect_timeout: 2,
      onnotice: () => {},
    });
    try {
      const failure = await checkDatabase(down).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ServiceUnavailableError);
      expect((failure as ServiceUnavailableError).status).toBe(503);
      expect((failure as ServiceUnavailableError).messageKey).toBe("health.databaseDown");
    } finally {
      await down.end({ timeout: 1 });
    }
  });
});
