import { and, asc, eq } from "drizzle-orm";
import { getDb, getSql } from "@/db/client";
import { messages } from "@/db/schema";
import { type BOOKING_STATUSES, bookings } from "@/db/schema/booking";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { bookingBusiness } from "./booking.testing";

type Fixture = Awaited<ReturnType<typeof bookingBusiness>>;

let day = 0;

/**
 * A past booking of `customerId` with an employee of the fixture's business, in the status
 * asked (completed by default: what makes a customer eligible to rate). Each call takes a
 * different day, so the exclusion constraint never meets two of them.
 */
export async function pastBooking(
  fixture: Fixture,
  customerId: string,
  options: { employeeId?: string; status?: (typeof BOOKING_STATUSES)[number] } = {},
) {
  day += 1;
  const startsAt = new Date(Date.UTC(2025, 0, 1, 9) + day * 86_400_000);
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  const status = options.status ?? "completed";
  return withSystemScope(async (tx) => {
    const [row] = await tx
      .insert(bookings)
      .values({
        orgId: fixture.org.id,
        businessId: fixture.business.id,
        customerId,
        employeeId: options.employeeId ?? fixture.employees.ana.id,
        startsAt,
        endsAt,
        occupiedUntil: endsAt,
        status,
        totalPriceMinor: 1500,
        currency: "EUR",
        completedAt: status === "completed" ? endsAt : null,
      })
      .returning();
    return row!;
  });
}

/** Jobs of a queue whose data matches, oldest first (e.g. rating-average recomputes). */
export async function queuedJobs(queue: string, dataKey: string, dataValue: string) {
  const rows: { data: Record<string, unknown> }[] = await getSql().unsafe(
    `select data from ${BOSS_SCHEMA}.job where name = $1 and data->>$2 = $3 order by created_on`,
    [queue, dataKey, dataValue],
  );
  return rows.map((row) => row.data);
}

/** Messages (email or SMS) sent about a row, oldest first. */
export async function messagesAbout(type: string, id: string) {
  return getDb()
    .select()
    .from(messages)
    .where(and(eq(messages.relatedType, type), eq(messages.relatedId, id)))
    .orderBy(asc(messages.createdAt));
}
