import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { startBoss } from "@/lib/jobs/boss";
import { createDatabase, dropDatabase, listDatabases, withDatabaseName } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL on the test server with rights to create databases. */
    testAdminUrl: string;
    /** A migrated database each test file's database is copied from. */
    testTemplateDatabase: string;
  }
}

/**
 * Starts the test PostgreSQL (DATABASE_URL, else an embedded server in .data/postgres-test)
 * and migrates a template database once; files then copy it, which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  const embedded = external
    ? undefined
    : await startEmbeddedPostgres({
        dir: process.env.TEST_PG_DIR ?? ".data/postgres-test",
        port: Number(process.env.TEST_PG_PORT ?? 54330),
        database: "postgres",
        onLog: () => {},
      });
  const adminUrl = external ?? embedded!.url;

  if (embedded) {
    // Databases left by an interrupted run.
    for (const name of await listDatabases(adminUrl, "cbtest_")) await dropDatabase(adminUrl, name);
  }
  const template = `cbtest_template_${process.pid}`;
  await dropDatabase(adminUrl, template);
  await createDatabase(adminUrl, template);
  await runMigrations(withDatabaseName(adminUrl, template));
  // pg-boss creates its schema on first start; do it once here rather than in every file.
  const boss = await startBoss("producer", withDatabaseName(adminUrl, template));
  await boss.stop({ graceful: false, close: true, wait: true });

  project.provide("testAdminUrl", adminUrl);
  project.provide("testTemplateDatabase", template);

  return async () => {
    await dropDatabase(adminUrl, template);
    await embedded?.stop();
  };
}
