import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { closeDb } from "@/db/client";
import { stopProducer } from "@/lib/jobs/enqueue";
import { createDatabase, dropDatabase, withDatabaseName } from "./databases";

// Each integration test file gets a fresh, migrated database of its own, so files run in
// parallel without seeing each other's rows. The app's client picks it up from DATABASE_URL.
const adminUrl = inject("testAdminUrl");
const name = `cbtest_${randomBytes(6).toString("hex")}`;
await createDatabase(adminUrl, name, inject("testTemplateDatabase"));
process.env.DATABASE_URL = withDatabaseName(adminUrl, name);

afterAll(async () => {
  await stopProducer();
  await closeDb();
  await dropDatabase(adminUrl, name);
});
