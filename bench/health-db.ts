// `npm run bench`: starts the production server (building it first if needed) with its own
// embedded database, then measures GET /api/v1/health/db with autocannon for 10 seconds.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const base = `http://127.0.0.1:${PORT}`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function waitForServer(timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/v1/health/db`)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  throw new Error(`server did not answer on ${base} within ${timeoutMs / 1000}s`);
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build found: running `next build` first…");
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const server = spawn(process.execPath, ["--import", "tsx", "lib/runtime/launch.ts", "start"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(PORT),
      EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? ".data/postgres-bench",
      EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT ?? "54332",
      // A production build refuses to start without one; this server lives for the run only.
      AUTH_SECRET: process.env.AUTH_SECRET ?? "benchmark-only-auth-secret-0123456789",
    },
  });
  const stopServer = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };

  try {
    await waitForServer();
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url: `${base}/api/v1/health/db`, connections: CONNECTIONS, duration: DURATION_SECONDS },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      // autocannon reports p90/p97.5 but not p95: keep every latency and compute it here.
      instance.on("response", (_client, _status, _bytes, responseTime) =>
        latencies.push(responseTime),
      );
    });
    latencies.sort((a, b) => a - b);

    const figures = {
      endpoint: "GET /api/v1/health/db",
      durationSeconds: DURATION_SECONDS,
      connections: CONNECTIONS,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
      p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
      non2xx: result.non2xx,
      errors: result.errors,
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `\n${figures.endpoint}: ${figures.requestsPerSecond} req/s, ` +
        `p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, p99 ${figures.p99Ms} ms ` +
        `(${CONNECTIONS} connections, ${DURATION_SECONDS} s, ${figures.non2xx} non-2xx, ${figures.errors} errors)`,
    );
    if (figures.non2xx > 0 || figures.errors > 0) process.exitCode = 1;
  } finally {
    await stopServer();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
