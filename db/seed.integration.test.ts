import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPasswordSignIn } from "@/lib/identity/sign-in.service";
import { landingPathFor } from "@/lib/tenancy/active-org";
import { getDb } from "./client";
import { contactMessages, users } from "./schema";
import { runSeed } from "./seed";
import { DEMO_PASSWORD } from "./seeds/identity";

describe("demo seed", () => {
  it("adds demo data once; a second run adds nothing", async () => {
    const url = process.env.DATABASE_URL!;
    const first = await runSeed(url);
    expect(first.contactMessages).toBeGreaterThan(0);
    expect(first.identity).toBe(5);
    expect(first.staffing).toBeGreaterThan(30);
    expect(first.booking).toBeGreaterThan(12);

    const second = await runSeed(url);
    expect(second).toEqual({ contactMessages: 0, identity: 0, staffing: 0, booking: 0 });

    const [row] = await getDb().select({ total: count() }).from(contactMessages);
    expect(row?.total).toBe(first.contactMessages);
    const [people] = await getDb().select({ total: count() }).from(users);
    // The identity seed's five, and the owner of the marketplace's demo businesses.
    expect(people?.total).toBe(6);
  });

  it("gives each demo person a working sign-in and the right landing surface", async () => {
    await runSeed(process.env.DATABASE_URL!);
    const expected = {
      "manager@callboard.example": "/manage",
      "worker@callboard.example": "/work",
      "customer@callboard.example": "/account",
      "business@callboard.example": "/manage",
    };
    for (const [email, landing] of Object.entries(expected)) {
      const user = await verifyPasswordSignIn({ email, password: DEMO_PASSWORD }, {});
      expect(await landingPathFor({ user, sessionId: "seed-check" })).toBe(landing);
    }
  });
});
