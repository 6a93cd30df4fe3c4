import path from "node:path";
import { env, type TEnv } from "@/lib/config/env";
import { getLogger } from "@/lib/logging/logger";
import { startEmbeddedPostgres } from "./embedded";

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The server `DATABASE_URL` names, or an embedded PostgreSQL when it is unset. */
export async function openDatabaseServer(config: TEnv = env()): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const log = getLogger().child({ component: "embedded-postgres" });
  log.info(
    { dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT },
    "starting embedded PostgreSQL",
  );
  const server = await startEmbeddedPostgres({
    dir: config.EMBEDDED_PG_DIR,
    port: config.EMBEDDED_PG_PORT,
    onLog: (line) => log.trace(line.trim()),
  });
  if (server.dataDir !== path.resolve(config.EMBEDDED_PG_DIR)) {
    log.warn(
      { dataDir: server.dataDir },
      "user postgres cannot reach EMBEDDED_PG_DIR (running as root in a private folder): data kept here instead",
    );
  }
  return { url: server.url, embedded: true, stop: server.stop };
}

/** Runs `work` against the configured database, stopping an embedded server afterwards. */
export async function withDatabaseServer<T>(work: (url: string) => Promise<T>): Promise<T> {
  const server = await openDatabaseServer();
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}
