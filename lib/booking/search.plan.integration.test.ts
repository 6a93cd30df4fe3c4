import { sql } from "drizzle-orm";
import postgres from "postgres";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createOrg, createUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { searchBusinesses, searchStatements, useSearchThreshold } from "./search.queries";
import type { TSearchQuery } from "./search.schemas";
import { SEED_CITIES, seedSearchMarketplace } from "./search.testing";

const COUNT = 10_000;
const tirana = SEED_CITIES[0];

/** The plan the app role gets (row-level security on), as text. */
async function planOf(query: TSearchQuery): Promise<string> {
  const { statement, textual } = searchStatements(query, new Date());
  const rows = await getDb().transaction(async (tx) => {
    await useSearchThreshold(tx, textual);
    return tx.execute<{ "QUERY PLAN": string }>(sql`explain ${statement}`);
  });
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

/** At marketplace scale the search must reach businesses through its indexes, not a scan. */
describe("search query plans over 10,000 businesses", () => {
  beforeAll(async () => {
    const org = await createOrg(await createUser(), { name: "Plan marketplace" });
    await withSystemScope((tx) => seedSearchMarketplace(tx, { orgId: org.id, count: COUNT }));
    // As after normal use: statistics known, the GIN pending list merged by (auto)vacuum (as
    // the owner: the app role may not vacuum).
    const owner = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    await owner`vacuum analyze`;
    await owner.end();
  }, 180_000);

  it("serves nearby searches from the earth index", async () => {
    const query = { lat: tirana.lat, lng: tirana.lng, radiusKm: 3, sort: "distance" } as const;
    const plan = await planOf(query);
    expect(plan).toContain("businesses_earth_idx");
    expect(plan).not.toMatch(/Seq Scan on businesses/);
    const page = await searchBusinesses(query, { locale: "en" });
    expect(page.meta.total).toBeGreaterThan(0);
    expect(page.meta.total).toBeLessThan(COUNT / 5);
  });

  it("serves text searches (typos included) from the trigram index", async () => {
    // Selective words (a word in half the businesses is rightly read by a scan).
    for (const q of ["royal bloom", "royl blom", "glow luxe 4321"]) {
      const plan = await planOf({ q });
      expect(plan, q).toContain("businesses_search_trgm_idx");
      expect(plan, q).not.toMatch(/Seq Scan on businesses/);
    }
    const page = await searchBusinesses({ q: "pedikyr" }, { locale: "en" });
    expect(page.meta.total).toBeGreaterThan(0);
  });

  it("uses an index when text and distance are combined", async () => {
    const plan = await planOf({ q: "beard trim", lat: tirana.lat, lng: tirana.lng, radiusKm: 5 });
    expect(plan).toMatch(/businesses_earth_idx|businesses_search_trgm_idx/);
    expect(plan).not.toMatch(/Seq Scan on businesses/);
  });
});
