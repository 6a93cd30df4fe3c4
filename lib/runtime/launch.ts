// `npm run dev` / `npm start`: one command starts everything the app needs — the database
// (embedded PostgreSQL unless DATABASE_URL is set), migrations, demo data on a new
// database, then the Next.js server and the job worker — and stops all of it on Ctrl-C,
// SIGTERM or SIGKILL. If either child exits, the rest is stopped too.
import "./load-env";
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { runMigrations } from "@/db/migrate";
import { runSeed } from "@/db/seed";
import { openDatabaseServer } from "@/db/server";
import { appUrl, ConfigError, parseEnv, realtimeSettings } from "@/lib/config/env";
import { getLogger } from "@/lib/logging/logger";
import { startRealtimeDevServer } from "@/lib/realtime/dev-server";
import { spawnWatchdog } from "./watchdog";

type Mode = "dev" | "start";

async function launch(mode: Mode) {
  (process.env as Record<string, string>).NODE_ENV ??=
    mode === "dev" ? "development" : "production";
  const config = parseEnv(process.env);
  const logger = getLogger();

  const database = await openDatabaseServer(config);
  const realtime = realtimeSettings(config);
  const localRealtime = realtime.local
    ? await startRealtimeDevServer({
        appId: realtime.appId,
        key: realtime.key,
        secret: realtime.secret,
        port: realtime.port!,
        onLog: (message) => logger.trace({ component: "realtime" }, message),
      })
    : undefined;
  if (localRealtime) logger.info({ url: localRealtime.url }, "local realtime server started");

  const children: ChildProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.all(
      children.map((child) =>
        child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : null,
      ),
    );
    await localRealtime?.close();
    await database.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown(0));
  process.once("SIGTERM", () => void shutdown(0));

  try {
    const migrations = await runMigrations(database.url);
    logger.info(migrations, "migrations applied");
    if (migrations.appliedBefore === 0) {
      logger.info({ added: await runSeed(database.url) }, "new database: demo data seeded");
    }
  } catch (error) {
    logger.error({ err: error }, "could not prepare the database");
    await shutdown(1);
    return;
  }

  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    // next-auth builds OAuth callback URLs from this; without it the server's bind address
    // (0.0.0.0) would leak into redirects.
    AUTH_URL: process.env.AUTH_URL ?? `${appUrl(config)}/api/auth`,
  };
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const start = (args: string[]) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: childEnv });
    children.push(child);
    child.on("exit", (code) => void shutdown(code ?? 0));
    return child;
  };
  start([nextBin, mode, "--port", String(config.PORT), "--hostname", "0.0.0.0"]);
  start(["--import", "tsx", "lib/jobs/run-worker.ts"]);
  spawnWatchdog(children.map((child) => `pid:${child.pid}`));
}

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: launch.ts dev|start");
  process.exit(2);
}
launch(mode).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
