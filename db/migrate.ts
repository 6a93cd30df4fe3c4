import "@/lib/runtime/load-env";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { getLogger } from "@/lib/logging/logger";
import { withDatabaseServer } from "./server";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "drizzle");

export interface MigrationResult {
  /** Migrations recorded before this run; 0 means the database was empty. */
  appliedBefore: number;
  appliedAfter: number;
}

/** Applies every pending migration in `drizzle/`, in order, each in a transaction. */
export async function runMigrations(url: string): Promise<MigrationResult> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const count = async () => {
      const [row] = await sql<{ count: number }[]>`
        select count(*)::int as count from drizzle.__drizzle_migrations
        where to_regclass('drizzle.__drizzle_migrations') is not null`.catch(() => [{ count: 0 }]);
      return row?.count ?? 0;
    };
    const appliedBefore = await count();
    await migrate(drizzle(sql), { migrationsFolder });
    return { appliedBefore, appliedAfter: await count() };
  } finally {
    await sql.end();
  }
}

async function main() {
  const result = await withDatabaseServer(runMigrations);
  getLogger().info(result, "migrations applied");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
