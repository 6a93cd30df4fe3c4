import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabaseName } from "@/lib/testing/databases";
import { runMigrations } from "./migrate";

const adminUrl = inject("testAdminUrl");
const emptyName = `cbtest_empty_${process.pid}`;
const emptyUrl = withDatabaseName(adminUrl, emptyName);

afterAll(() => dropDatabase(adminUrl, emptyName));

describe("migrations", () => {
  it("apply to an empty database, then find nothing left to do", async () => {
    await createDatabase(adminUrl, emptyName);

    const first = await runMigrations(emptyUrl);
    expect(first.appliedBefore).toBe(0);
    expect(first.appliedAfter).toBeGreaterThanOrEqual(2);

    const second = await runMigrations(emptyUrl);
    expect(second).toEqual({ appliedBefore: first.appliedAfter, appliedAfter: first.appliedAfter });
  });

  it("create the extensions later modules rely on", async () => {
    const sql = postgres(emptyUrl, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<{ extname: string }[]>`select extname from pg_extension`;
      expect(rows.map((row) => row.extname)).toEqual(
        expect.arrayContaining(["citext", "pg_trgm", "btree_gist", "cube", "earthdistance"]),
      );
      // earthdistance works (cube underneath): Tirana → Durrës is about 33 km.
      const [distance] = await sql<{ km: number }[]>`
        select round((earth_distance(ll_to_earth(41.3275, 19.8187), ll_to_earth(41.3231, 19.4414)) / 1000)::numeric)::int as km`;
      expect(distance?.km).toBeGreaterThan(28);
      expect(distance?.km).toBeLessThan(36);
    } finally {
      await sql.end();
    }
  });
});
