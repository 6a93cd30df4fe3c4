/**
 * `node --import tsx e2e/support/run-booking-job.ts <reminders|completion> <ISO instant>`:
 * one run of a marketplace cron job with its clock fixed, printing its result as JSON.
 * A child process because the app's modules load through tsx (JSON message catalogues and
 * path aliases), which Playwright's own loader does not do.
 */
import { closeDb } from "@/db/client";
import { completePastBookings } from "@/lib/booking/completion";
import { sendDueBookingReminders } from "@/lib/booking/reminders";

async function main() {
  const [job, at] = process.argv.slice(2);
  const now = new Date(at ?? "");
  if (Number.isNaN(now.getTime())) throw new Error(`not an instant: ${at}`);
  const result =
    job === "reminders"
      ? await sendDueBookingReminders(now)
      : job === "completion"
        ? await completePastBookings(now)
        : null;
  if (!result) throw new Error(`unknown job: ${job}`);
  console.log(JSON.stringify(result));
  await closeDb();
}

void main();
