import { execFile } from "node:child_process";
import { promisify } from "node:util";

/**
 * Runs the marketplace's cron jobs with a fixed clock against the end-to-end server's own
 * database (the server's worker then delivers what they enqueue to the outbox). The job code
 * is the module the worker runs; only `now` is ours, so a test need not wait a day.
 */
const run = promisify(execFile);
const e2ePort = Number(process.env.E2E_PORT ?? 3100);

async function runJob(job: "reminders" | "completion", now: Date) {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "e2e/support/run-booking-job.ts", job, now.toISOString()],
    {
      env: {
        ...process.env,
        // The address playwright.config.ts gives the server's embedded PostgreSQL.
        DATABASE_URL: `postgres://postgres:callboard@127.0.0.1:${e2ePort + 51_231}/callboard`,
        LOG_LEVEL: "warn",
      },
    },
  );
  return JSON.parse(stdout.trim().split("\n").pop()!) as Record<string, number>;
}

export const sendBookingRemindersAt = (now: Date) => runJob("reminders", now);
export const completeBookingsAt = (now: Date) => runJob("completion", now);
