import { describe, expect, it } from "vitest";
import { bookings } from "@/db/schema/booking";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness } from "./booking.testing";

/** The database's own guarantees, whatever the services do. */
describe("booking schema", () => {
  it("refuses two active bookings of one employee that overlap, buffers included", async () => {
    const { org, team, business, employees } = await bookingBusiness();
    const insert = (start: string, end: string, occupiedUntil: string, status = "confirmed") =>
      withSystemScope((tx) =>
        tx.insert(bookings).values({
          orgId: org.id,
          businessId: business.id,
          customerId: team.member.user.id,
          employeeId: employees.ana.id,
          startsAt: new Date(`2030-01-07T${start}:00Z`),
          endsAt: new Date(`2030-01-07T${end}:00Z`),
          occupiedUntil: new Date(`2030-01-07T${occupiedUntil}:00Z`),
          status: status as "confirmed" | "canceled",
          totalPriceMinor: 1500,
          currency: "EUR",
        }),
      );
    await insert("09:00", "09:30", "09:40");
    // Starts inside the first one's buffer: refused by the exclusion constraint.
    await expect(insert("09:35", "10:05", "10:05")).rejects.toMatchObject({
      cause: { code: "23P01" },
    });
    // Right after the buffer, or a canceled booking over the same time: accepted.
    await insert("09:40", "10:10", "10:10");
    await insert("09:00", "09:30", "09:30", "canceled");
    expect(await withSystemScope((tx) => tx.$count(bookings))).toBe(3);
  });
});
