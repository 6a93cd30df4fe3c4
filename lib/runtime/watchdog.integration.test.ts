import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";

const dir = path.join(process.cwd(), ".data", `watchdog-test-${process.pid}`);
const fixture = path.join(process.cwd(), "lib/testing/fixtures/hold-embedded-postgres.ts");

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let dataDir = dir; // elsewhere when root runs the server from a private folder

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("is stopped when the process that started it is SIGKILLed", async () => {
    const port = 55_000 + (process.pid % 1000);
    const child = spawn(process.execPath, ["--import", "tsx", fixture, dir, String(port)], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NODE_ENV: "test" },
    });
    const postmaster = await new Promise<number>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /postmaster (\d+) (\S+)\n/.exec(output);
        if (match) {
          dataDir = match[2]!;
          resolve(Number(match[1]));
        }
      });
      child.once("exit", (code) => reject(new Error(`fixture exited early (${code})`)));
    });
    expect(isAlive(postmaster)).toBe(true);

    child.kill("SIGKILL");
    for (let waited = 0; waited < 20_000 && isAlive(postmaster); waited += 250) await sleep(250);
    expect(isAlive(postmaster)).toBe(false);
  }, 60_000);
});
