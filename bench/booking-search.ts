// `npm run bench:search`: the marketplace search over 10,000 published businesses (and 500
// drafts) around five cities, each with categories, three services and hours, read through
// `searchBusinesses` like `GET /api/v1/businesses` does. Prints p50/p95/p99 per case.
// Target (issue 6): search-nearby p95 reported; we aim for under 50 ms on the embedded DB.
import "@/lib/runtime/load-env";
import { rm } from "node:fs/promises";
import postgres from "postgres";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { openDatabaseServer } from "@/db/server";
import { searchBusinesses } from "@/lib/booking/search.queries";
import type { TSearchQuery } from "@/lib/booking/search.schemas";
import { SEED_CITIES, seedSearchMarketplace } from "@/lib/booking/search.testing";
import { env, forgetEnv } from "@/lib/config/env";
import { createOrg, createUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";

const BUSINESSES = Number(process.env.BENCH_BUSINESSES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 10) / 10;

/** Callers spread around each city, so runs don't all hit the same cached page. */
function around(run: number): { lat: number; lng: number } {
  const city = SEED_CITIES[run % SEED_CITIES.length]!;
  const angle = run * 2.399;
  const offset = 0.04 * ((run % 7) / 7);
  return { lat: city.lat + offset * Math.sin(angle), lng: city.lng + offset * Math.cos(angle) };
}

const TEXTS = [
  "manicure",
  "barbr",
  "masazh",
  "royal bloom",
  "hair coloring",
  "pedikyr",
  "spa nova",
];

async function main() {
  process.env.LOG_LEVEL ??= "warn";
  forgetEnv();
  // A new database each run, so the figures are for exactly the seeded data.
  const dir = process.env.EMBEDDED_PG_DIR ?? ".data/postgres-bench-search";
  await rm(dir, { recursive: true, force: true });
  const server = await openDatabaseServer({
    ...env(),
    DATABASE_URL: undefined,
    EMBEDDED_PG_DIR: dir,
    EMBEDDED_PG_PORT: Number(process.env.EMBEDDED_PG_PORT ?? 54343),
  });
  try {
    await runMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    forgetEnv();
    const org = await createOrg(await createUser(), { name: "Bench marketplace" });
    const seedStarted = performance.now();
    await withSystemScope((tx) => seedSearchMarketplace(tx, { orgId: org.id, count: BUSINESSES }));
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    // As after a day of normal use: statistics known, hint bits set (as the owner).
    const owner = postgres(server.url, { max: 1, onnotice: () => {} });
    await owner`vacuum analyze`;
    await owner.end();

    const cases: { name: string; query: (run: number) => TSearchQuery }[] = [
      {
        name: "nearby 5 km, by distance",
        query: (run) => ({ ...around(run), radiusKm: 5, sort: "distance" }),
      },
      {
        name: "nearby 25 km, by distance",
        query: (run) => ({ ...around(run), radiusKm: 25, sort: "distance" }),
      },
      {
        name: "nearby 5 km, open now, women, under 30 EUR",
        query: (run) => ({
          ...around(run),
          radiusKm: 5,
          openNow: true,
          gender: "female",
          maxPrice: 3000,
        }),
      },
      { name: "text", query: (run) => ({ q: TEXTS[run % TEXTS.length]! }) },
      {
        name: "text + nearby 10 km",
        query: (run) => ({ q: TEXTS[run % TEXTS.length]!, ...around(run), radiusKm: 10 }),
      },
      { name: "browse by rating, page 3", query: () => ({ sort: "rating", page: 3 }) },
    ];
    const figures: Record<string, unknown> = {
      businesses: BUSINESSES,
      runsPerCase: RUNS,
      seedSeconds: round(seedSeconds),
    };
    const summary: string[] = [];
    for (const { name, query } of cases) {
      for (let warm = 0; warm < 10; warm++) await searchBusinesses(query(warm), { locale: "en" });
      const latencies: number[] = [];
      let matched = 0;
      for (let run = 0; run < RUNS; run++) {
        const begun = performance.now();
        const page = await searchBusinesses(query(run), { locale: "en" });
        latencies.push(performance.now() - begun);
        matched += page.meta.total;
      }
      latencies.sort((a, b) => a - b);
      const p95 = round(percentile(latencies, 95));
      figures[name] = {
        averageMatches: Math.round(matched / RUNS),
        p50Ms: round(percentile(latencies, 50)),
        p95Ms: p95,
        p99Ms: round(percentile(latencies, 99)),
      };
      summary.push(`${name} p95 ${p95} ms`);
    }
    console.log(JSON.stringify(figures, null, 2));
    console.log(`\nSearch over ${BUSINESSES} businesses: ${summary.join("; ")}`);
  } finally {
    await closeDb();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
