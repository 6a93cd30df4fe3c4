/**
 * Runs the marketplace's cron jobs with a fixed clock against the end-to-end server's own
 * database (the server's worker then delivers what they enqueue to the outbox). The job code
 * is the same module the worker runs; only `now` is ours, so a test need not wait a day.
 */
const e2ePort = Number(process.env.E2E_PORT ?? 3100);

async function withE2eDatabase<T>(run: () => Promise<T>): Promise<T> {
  // The same address playwright.config.ts gives the server's embedded PostgreSQL.
  process.env.DATABASE_URL ??= `postgres://postgres:callboard@127.0.0.1:${e2ePort + 51_231}/callboard`;
  process.env.LOG_LEVEL ??= "warn";
  return run();
}

export function sendBookingRemindersAt(now: Date) {
  return withE2eDatabase(async () => {
    const { sendDueBookingReminders } = await import("../../lib/booking/reminders");
    return sendDueBookingReminders(now);
  });
}

export function completeBookingsAt(now: Date) {
  return withE2eDatabase(async () => {
    const { completePastBookings } = await import("../../lib/booking/completion");
    return completePastBookings(now);
  });
}

export async function closeE2eDatabase() {
  const { closeDb } = await import("../../db/client");
  await closeDb();
}
