import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bookingReminders, bookings } from "@/db/schema/booking";
import { renderEmail } from "@/lib/messaging/email/render";
import { signedInUser } from "@/lib/testing/factories";
import { withSystemScope } from "@/lib/tenancy/scope";
import { bookingBusiness } from "./booking.testing";
import { createCustomerBooking, updateMyBooking } from "./bookings.service";
import { bookingRow, inboxOf, messagesAbout, setBusiness, startIn } from "./bookings.testing";
import { completePastBookings } from "./completion";
import { sendDueBookingReminders } from "./reminders";

const HOUR = 3_600_000;

async function bookedAt(startsAt: string, now: Date, options: { autoConfirm?: boolean } = {}) {
  const setup = await bookingBusiness({ autoConfirm: options.autoConfirm });
  const customer = await signedInUser({ locale: "sq" });
  const { id } = await createCustomerBooking(
    customer.user.id,
    {
      businessId: setup.business.id,
      serviceIds: [setup.services.cut.id],
      employeeId: setup.employees.ana.id,
      startsAt: new Date(startsAt),
      visitType: "on_site",
      visitAddress: null,
      notes: undefined,
    },
    { now },
  );
  // The clock of the test, not the wall clock, made it.
  await withSystemScope((tx) =>
    tx.update(bookings).set({ createdAt: now, confirmedAt: now }).where(eq(bookings.id, id)),
  );
  return { setup, customer, id };
}

async function reminderOffsets(bookingId: string) {
  const rows = await withSystemScope((tx) =>
    tx
      .select({ hoursBefore: bookingReminders.hoursBefore })
      .from(bookingReminders)
      .where(eq(bookingReminders.bookingId, bookingId)),
  );
  return rows.map((row) => row.hoursBefore).sort((a, b) => a - b);
}

describe("booking reminders job", () => {
  it("reminds the customer a day and an hour before, once each, in their language", async () => {
    const startsAt = startIn(5, "09:00");
    const start = new Date(startsAt).getTime();
    const { id, customer } = await bookedAt(startsAt, new Date(start - 72 * HOUR));

    expect((await sendDueBookingReminders(new Date(start - 30 * HOUR))).sent).toBe(0);
    // Two overlapping runs at the day-before moment: one reminder.
    const runs = await Promise.all([
      sendDueBookingReminders(new Date(start - 23 * HOUR)),
      sendDueBookingReminders(new Date(start - 23 * HOUR)),
    ]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    expect(await reminderOffsets(id)).toEqual([24]);
    expect((await sendDueBookingReminders(new Date(start - 22 * HOUR))).sent).toBe(0);
    expect((await sendDueBookingReminders(new Date(start - 0.5 * HOUR))).sent).toBe(1);
    expect(await reminderOffsets(id)).toEqual([1, 24]);
    expect((await sendDueBookingReminders(new Date(start - 0.25 * HOUR))).sent).toBe(0);

    const reminders = (await inboxOf(customer.user.id)).filter((n) => n.kind === "reminder");
    expect(reminders).toHaveLength(2);
    expect(reminders[0]!.title).toMatch(/^Kujtesë:/);
    // The outbox has the reminder emails for the customer.
    const emails = (await messagesAbout(id)).filter(
      (message) => message.channel === "email" && message.recipient === customer.user.email,
    );
    expect(emails).toHaveLength(3); // booked + two reminders
    const props = (emails.at(-1)!.metadata as { props: { subject: string } }).props;
    expect(props.subject).toMatch(/^Kujtesë:/);
    // The template renders it as sent: Albanian subject, details and the button.
    const rendered = await renderEmail("booking-notice", props, "sq");
    expect(rendered.subject).toBe(props.subject);
    expect(rendered.text).toContain("Shiko rezervimin");
    expect(rendered.text).toContain("Prerje flokësh");
  });

  it("follows the business's offsets, skips unconfirmed and moved bookings' old times", async () => {
    const startsAt = startIn(6, "09:00");
    const start = new Date(startsAt).getTime();
    const { id, setup, customer } = await bookedAt(startsAt, new Date(start - 72 * HOUR));
    await setBusiness(setup.business.id, { reminderHours: [48] });
    expect((await sendDueBookingReminders(new Date(start - 47 * HOUR))).sent).toBe(1);
    expect(await reminderOffsets(id)).toEqual([48]);

    // Moved a day later: the reminder rows are forgotten, so the new time gets its own.
    const later = new Date(start + 24 * HOUR);
    await updateMyBooking(
      customer.user.id,
      id,
      { startsAt: later },
      { now: new Date(start - 47 * HOUR) },
    );
    expect(await reminderOffsets(id)).toEqual([]);
    expect((await sendDueBookingReminders(new Date(later.getTime() - 47 * HOUR))).sent).toBe(1);

    const pending = await bookedAt(startIn(7, "09:00"), new Date(start - 72 * HOUR), {
      autoConfirm: false,
    });
    await withSystemScope((tx) =>
      tx.update(bookings).set({ status: "pending" }).where(eq(bookings.id, pending.id)),
    );
    const pendingStart = new Date(startIn(7, "09:00")).getTime();
    expect((await sendDueBookingReminders(new Date(pendingStart - 0.5 * HOUR))).sent).toBe(0);
  });
});

describe("booking completion job", () => {
  it("completes active bookings past their end, leaving no-shows and cancellations", async () => {
    const startsAt = startIn(8, "09:00");
    const start = new Date(startsAt).getTime();
    const done = await bookedAt(startsAt, new Date(start - 72 * HOUR));
    const noShow = await bookedAt(startsAt, new Date(start - 72 * HOUR));
    const canceled = await bookedAt(startsAt, new Date(start - 72 * HOUR));
    await withSystemScope(async (tx) => {
      await tx.update(bookings).set({ status: "no_show" }).where(eq(bookings.id, noShow.id));
      await tx.update(bookings).set({ status: "canceled" }).where(eq(bookings.id, canceled.id));
    });
    // Still running (30 minutes): nothing to do yet.
    await completePastBookings(new Date(start + 20 * 60_000));
    expect((await bookingRow(done.id)).status).toBe("confirmed");

    const end = new Date(start + 30 * 60_000);
    const runs = await Promise.all([completePastBookings(end), completePastBookings(end)]);
    expect(runs.reduce((sum, run) => sum + run.completed, 0)).toBeGreaterThanOrEqual(1);
    expect(await bookingRow(done.id)).toMatchObject({ status: "completed", completedAt: end });
    expect((await bookingRow(noShow.id)).status).toBe("no_show");
    expect((await bookingRow(canceled.id)).status).toBe("canceled");
    const completedNotices = (await inboxOf(done.customer.user.id)).filter(
      (notice) => notice.kind === "completed",
    );
    expect(completedNotices).toHaveLength(1);
  });
});
