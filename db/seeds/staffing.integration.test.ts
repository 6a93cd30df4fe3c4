import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withSystemScope } from "@/lib/tenancy/scope";
import {
  eventStewards,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  locations,
  staffingNotifications,
  timeEntries,
  users,
  workerPhones,
  workers,
} from "../schema";
import { runSeed } from "../seed";

const ORG_ID = "00000000-0000-4000-8000-0000000000a1";

describe("staffing demo seed", () => {
  it("fills the demo org once, consistently, and links the demo worker and steward", async () => {
    const first = await runSeed(process.env.DATABASE_URL!);
    expect(first.staffing).toBeGreaterThan(60);
    expect((await runSeed(process.env.DATABASE_URL!)).staffing).toBe(0);

    await withSystemScope(async (tx) => {
      const total = async (table: typeof laborTypes | typeof locations | typeof workers) =>
        (await tx.select({ n: count() }).from(table).where(eq(table.orgId, ORG_ID)))[0]!.n;
      expect(await total(laborTypes)).toBe(4);
      expect(await total(locations)).toBe(2);
      expect(await total(workers)).toBe(30);
      const zones = await tx.select({ zone: locations.timeZone }).from(locations);
      expect(new Set(zones.map((row) => row.zone)).size).toBe(2);

      // Every worker has exactly one primary phone; consent states are mixed.
      const primaries = await tx
        .select({ n: count() })
        .from(workerPhones)
        .where(and(eq(workerPhones.orgId, ORG_ID), eq(workerPhones.isPrimary, true)));
      expect(primaries[0]!.n).toBe(30);
      const consents = await tx.selectDistinct({ consent: workers.smsConsent }).from(workers);
      expect(consents.map((row) => row.consent).sort()).toEqual([
        "granted",
        "pending",
        "stopped",
        "unknown",
      ]);

      const [linked] = await tx
        .select({ email: users.email })
        .from(workers)
        .innerJoin(users, eq(users.id, workers.userId));
      expect(linked?.email).toBe("worker@callboard.example");

      const eventRows = await tx.select({ id: events.id, status: events.status }).from(events);
      expect(eventRows).toHaveLength(2);
      const [steward] = await tx
        .select({ email: users.email })
        .from(eventStewards)
        .innerJoin(users, eq(users.id, eventStewards.userId));
      expect(steward?.email).toBe("steward@callboard.example");

      // The stored confirmed counts match the confirmed requests (the over-fill guard's column).
      const mismatched = await tx.execute(sql`
        select r.id from ${laborRequirements} r
        where r.confirmed_count <> (select count(*) from ${laborRequests} q
                                    where q.requirement_id = r.id and q.state = 'confirmed')`);
      expect(mismatched).toHaveLength(0);
      const states = await tx.selectDistinct({ state: laborRequests.state }).from(laborRequests);
      expect(states.map((row) => row.state).sort()).toEqual([
        "available",
        "confirmed",
        "declined",
        "queued",
        "sent",
      ]);
      expect((await tx.select({ n: count() }).from(timeEntries))[0]!.n).toBe(1);
      expect((await tx.select({ n: count() }).from(staffingNotifications))[0]!.n).toBeGreaterThan(
        0,
      );
    });
  });
});
