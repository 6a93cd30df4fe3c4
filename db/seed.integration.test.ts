import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "./client";
import { contactMessages } from "./schema";
import { runSeed } from "./seed";

describe("demo seed", () => {
  it("adds demo data once; a second run adds nothing", async () => {
    const url = process.env.DATABASE_URL!;
    const first = await runSeed(url);
    expect(first.contactMessages).toBeGreaterThan(0);

    const second = await runSeed(url);
    expect(second).toEqual({ contactMessages: 0 });

    const [row] = await getDb().select({ total: count() }).from(contactMessages);
    expect(row?.total).toBe(first.contactMessages);
  });
});
