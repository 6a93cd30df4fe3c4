import "@/lib/runtime/load-env";
import { fileURLToPath } from "node:url";
import { getLogger } from "@/lib/logging/logger";
import { createConnection, type Executor } from "./client";
import { seedContactMessages } from "./seeds/contact";
import { seedIdentity } from "./seeds/identity";
import { seedBooking } from "./seeds/booking";
import { seedStaffing } from "./seeds/staffing";
import { withDatabaseServer } from "./server";

/** Each module's demo data; every seeder is idempotent and returns how many rows it added. */
const seeders: Record<string, (db: Executor) => Promise<number>> = {
  contactMessages: seedContactMessages,
  identity: seedIdentity,
  // After identity: it fills the demo organization that identity creates.
  staffing: seedStaffing,
  // After identity: the demo owner runs the marketplace businesses, the demo customer books.
  booking: seedBooking,
};

export async function runSeed(url: string): Promise<Record<string, number>> {
  const { sql, db } = createConnection(url, 1);
  try {
    const added: Record<string, number> = {};
    await db.transaction(async (tx) => {
      for (const [name, seed] of Object.entries(seeders)) added[name] = await seed(tx);
    });
    return added;
  } finally {
    await sql.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  withDatabaseServer(runSeed)
    .then((added) => getLogger().info({ added }, "demo data seeded"))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
