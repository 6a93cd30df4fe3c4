// Stops what a process started when that process dies without cleaning up (SIGKILL, crash).
// Usage: node lib/runtime/watchdog-process.mjs <ownerPid> [pid:<n> | pidfile:<postmaster.pid>]...
// A pid target gets SIGTERM; a PostgreSQL pidfile target gets SIGINT (fast shutdown).
import { readFileSync } from "node:fs";

const [ownerArg, ...targets] = process.argv.slice(2);
const owner = Number(ownerArg);

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function postmasterPid(file) {
  try {
    return Number(readFileSync(file, "utf8").split("\n")[0]);
  } catch {
    return 0;
  }
}

function stopTargets() {
  for (const target of targets) {
    const [kind, value] = target.split(/:(.*)/s);
    const pid = kind === "pidfile" ? postmasterPid(value) : Number(value);
    if (pid > 0 && isAlive(pid)) {
      try {
        process.kill(pid, kind === "pidfile" ? "SIGINT" : "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  }
}

const timer = setInterval(() => {
  if (!isAlive(owner)) {
    clearInterval(timer);
    stopTargets();
    process.exit(0);
  }
}, 500);
