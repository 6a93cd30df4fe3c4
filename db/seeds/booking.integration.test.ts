import { and, count, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withSystemScope } from "@/lib/tenancy/scope";
import {
  bookingCategories,
  bookings,
  businesses,
  employees,
  memberships,
  services,
} from "../schema";
import { runSeed } from "../seed";

const STUDIO_BELLA = "00000000-0000-4000-8000-b00000000001";
const OWNER_ID = "00000000-0000-4000-8000-0000000000b1";

describe("booking demo seed", () => {
  it("publishes a findable marketplace with Studio Bella's bookings, once", async () => {
    const first = await runSeed(process.env.DATABASE_URL!);
    expect(first.booking).toBeGreaterThan(12);
    expect((await runSeed(process.env.DATABASE_URL!)).booking).toBe(0);

    await withSystemScope(async (tx) => {
      const total = async (table: typeof bookingCategories | typeof businesses) =>
        (await tx.select({ n: count() }).from(table))[0]!.n;
      expect(await total(bookingCategories)).toBe(12);
      expect(await total(businesses)).toBe(12);
      const unpublishedOrUnfindable = await tx
        .select({ n: count() })
        .from(businesses)
        .where(and(ne(businesses.status, "published")));
      expect(unpublishedOrUnfindable[0]!.n).toBe(0);
      const bella = (await tx.select().from(businesses).where(eq(businesses.id, STUDIO_BELLA)))[0]!;
      expect(bella.searchText).toContain("manicure");
      expect(bella.searchText).toContain("flok");
      expect(bella.ratingCount).toBe(1);
      expect(
        (
          await tx
            .select({ n: count() })
            .from(services)
            .where(eq(services.businessId, STUDIO_BELLA))
        )[0]!.n,
      ).toBe(4);
      expect(
        (
          await tx
            .select({ n: count() })
            .from(employees)
            .where(eq(employees.businessId, STUDIO_BELLA))
        )[0]!.n,
      ).toBe(3);
      const states = await tx
        .select({ status: bookings.status })
        .from(bookings)
        .where(eq(bookings.businessId, STUDIO_BELLA));
      expect(states.map((row) => row.status).sort()).toEqual([
        "completed",
        "completed",
        "confirmed",
        "pending",
      ]);
      // The demo owner belongs to Stagecrew Events and Studio Bella only.
      const ownerOrgs = await tx
        .select({ n: count() })
        .from(memberships)
        .where(eq(memberships.userId, OWNER_ID));
      expect(ownerOrgs[0]!.n).toBe(2);
    });
  });
});
