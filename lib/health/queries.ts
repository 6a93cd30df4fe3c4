import type { Sql } from "postgres";
import { getSql } from "@/db/client";
import { ServiceUnavailableError } from "@/lib/errors";
import { getLogger } from "@/lib/logging/logger";
import packageJson from "@/package.json";
import type { TAppHealth, TDatabaseHealth } from "./schemas";

export function getAppHealth(): TAppHealth {
  return {
    status: "ok",
    version: packageJson.version,
    uptimeSeconds: Math.floor(process.uptime()),
    time: new Date().toISOString(),
  };
}

const DB_CHECK_TIMEOUT_MS = 3_000;

/** One real round trip to PostgreSQL; a failure or a slow answer means "down". */
export async function checkDatabase(sql: Sql = getSql()): Promise<TDatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const query = sql<{ version: string }[]>`select current_setting('server_version') as version`;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        query.cancel();
        reject(new Error(`database check timed out after ${DB_CHECK_TIMEOUT_MS} ms`));
      }, DB_CHECK_TIMEOUT_MS);
    });
    const [row] = await Promise.race([query, timeout]);
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    return { status: "ok", latencyMs, serverVersion: row?.version ?? "unknown" };
  } catch (error) {
    getLogger().warn({ err: error }, "database health check failed");
    throw new ServiceUnavailableError("health.databaseDown");
  } finally {
    clearTimeout(timer);
  }
}
