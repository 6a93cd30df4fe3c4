// `npm run worker`: runs every queue and cron schedule until SIGINT/SIGTERM. `npm run dev`
// and `npm start` start it beside the web server; in production run as many as needed.
import "@/lib/runtime/load-env";
import { openDatabaseServer } from "@/db/server";
import { getLogger } from "@/lib/logging/logger";
import { warnIfOutboxInProduction } from "@/lib/messaging/outbox";
import { allQueues } from "./registry";
import { schedules } from "./schedules";
import { startWorker } from "./worker";

async function main() {
  warnIfOutboxInProduction();
  const database = await openDatabaseServer();
  const worker = await startWorker({ url: database.url, queues: allQueues(), schedules });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await database.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  getLogger().error({ err: error }, "job worker failed to start");
  process.exit(1);
});
