import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "watchdog-process.mjs");

/**
 * Starts a detached process that outlives this one and, once this process is gone (even by
 * SIGKILL), stops the targets: `pid:<n>` (SIGTERM) or `pidfile:<postmaster.pid>` (SIGINT).
 */
export function spawnWatchdog(targets: string[]): void {
  const child = spawn(process.execPath, [script, String(process.pid), ...targets], {
    detached: true,
    stdio: "ignore",
  });
  child.unref();
}
