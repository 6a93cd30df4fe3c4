import { and, asc, eq } from "drizzle-orm";
import { getDb, getSql } from "@/db/client";
import { messages } from "@/db/schema";
import { bookings, businessClients, businesses, userNotifications } from "@/db/schema/booking";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { withSystemScope } from "@/lib/tenancy/scope";

/**
 * A start `days` from today at the given UTC time: inside the fixture's 09:00–17:00
 * Europe/Tirane hours whether Tirane is on UTC+1 or UTC+2, for UTC times 08:00–14:00.
 */
export function startIn(days: number, utcTime = "09:00"): string {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${utcTime}:00.000Z`;
}

export const minutesAfter = (iso: string, minutes: number) =>
  new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();

export async function bookingRow(id: string) {
  const [row] = await withSystemScope((tx) =>
    tx.select().from(bookings).where(eq(bookings.id, id)),
  );
  return row!;
}

export async function allBookingsOf(businessId: string) {
  return withSystemScope((tx) =>
    tx
      .select()
      .from(bookings)
      .where(eq(bookings.businessId, businessId))
      .orderBy(asc(bookings.startsAt)),
  );
}

/** The in-app notices a person got, oldest first. */
export async function inboxOf(userId: string) {
  return withSystemScope((tx) =>
    tx
      .select()
      .from(userNotifications)
      .where(eq(userNotifications.userId, userId))
      .orderBy(asc(userNotifications.createdAt)),
  );
}

/** Emails and pushes recorded for a booking, oldest first. */
export async function messagesAbout(bookingId: string) {
  return getDb()
    .select()
    .from(messages)
    .where(and(eq(messages.relatedType, "booking"), eq(messages.relatedId, bookingId)))
    .orderBy(asc(messages.createdAt));
}

export async function setBusiness(id: string, values: Partial<typeof businesses.$inferInsert>) {
  await withSystemScope((tx) => tx.update(businesses).set(values).where(eq(businesses.id, id)));
}

/** A client of the business without an account (added by the business). */
export async function businessClient(
  business: { id: string; orgId: string },
  values: { name: string; email?: string; userId?: string },
) {
  const [client] = await withSystemScope((tx) =>
    tx
      .insert(businessClients)
      .values({
        orgId: business.orgId,
        businessId: business.id,
        // A client needs a way to reach them: an account, or else an address.
        email: values.userId ? null : `client-${crypto.randomUUID()}@example.com`,
        ...values,
      })
      .returning(),
  );
  return client!;
}

/** The booking.changed announcements (booking-live jobs) enqueued for an org, oldest first. */
export async function bookingAnnouncements(orgId: string): Promise<string[][]> {
  const rows = await getSql().unsafe<{ data: { bookingIds: string[] } }[]>(
    `select data from ${BOSS_SCHEMA}.job where name = 'booking-live' and data->>'orgId' = $1
     order by created_on, id`,
    [orgId],
  );
  return rows.map((row) => row.data.bookingIds);
}
