import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, users } from "@/db/schema";
import {
  bookings,
  bookingItems,
  businessClients,
  businesses,
  employees,
} from "@/db/schema/booking";
import type { Locale } from "@/lib/i18n/config";
import { PERMISSIONS } from "@/lib/tenancy/permissions";
import { pickLocale } from "./localized";
import { type NoticeContent, type NotificationKind, noticeText, notifyPeople } from "./notify";

/** The booking notices that speak to both sides. */
export type BookingNoticeKind = Extract<
  NotificationKind,
  "booked" | "confirmed" | "rejected" | "rescheduled" | "canceled" | "reminder" | "completed"
>;

export interface BookingNoticeOptions {
  /** The person who made the change: not told about their own click on the business side. */
  actorUserId?: string | null;
  reason?: string | null;
  /** The start before a move. */
  previousStartsAt?: Date;
  /** Who hears it (default both). */
  audiences?: ("customer" | "business")[];
  /** Business side: only the employee's own user (reminders), not every manager. */
  employeeOnly?: boolean;
  /** Customer side: the channels besides in-app (default email and push). */
  customerChannels?: { email: boolean; push: boolean };
}

export const customerBookingLink = (bookingId: string) => `/account/bookings/${bookingId}`;
export const businessBookingLink = (bookingId: string) => `/manage/bookings?booking=${bookingId}`;

/** Everything a notice about one booking says, loaded in one go (tenant or system scope). */
async function loadNoticeFacts(tx: Executor, bookingId: string) {
  const [row] = await tx
    .select({
      id: bookings.id,
      orgId: bookings.orgId,
      status: bookings.status,
      startsAt: bookings.startsAt,
      customerId: bookings.customerId,
      visitType: bookings.visitType,
      visitAddress: bookings.visitAddress,
      totalPriceMinor: bookings.totalPriceMinor,
      currency: bookings.currency,
      businessName: businesses.name,
      businessAddress: businesses.address,
      timeZone: businesses.timeZone,
      notifyEmail: businesses.notifyEmail,
      notifyPush: businesses.notifyPush,
      employeeName: employees.name,
      employeeUserId: employees.userId,
      customerName: users.name,
      clientName: businessClients.name,
    })
    .from(bookings)
    .innerJoin(businesses, eq(businesses.id, bookings.businessId))
    .innerJoin(employees, eq(employees.id, bookings.employeeId))
    .leftJoin(users, eq(users.id, bookings.customerId))
    .leftJoin(businessClients, eq(businessClients.id, bookings.clientId))
    .where(eq(bookings.id, bookingId));
  if (!row) return null;
  const items = await tx
    .select({ name: bookingItems.name })
    .from(bookingItems)
    .where(eq(bookingItems.bookingId, bookingId))
    .orderBy(asc(bookingItems.position));
  return { ...row, items };
}

type NoticeFacts = NonNullable<Awaited<ReturnType<typeof loadNoticeFacts>>>;

/** "Friday 4 December 2026, 10:30" in the business's zone, in the reader's language. */
export function formatWhen(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "sq" ? "sq-AL" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(at);
}

function formatMoney(minor: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === "sq" ? "sq-AL" : "en-GB", {
    style: "currency",
    currency,
  }).format(minor / 100);
}

function composer(
  facts: NoticeFacts,
  kind: BookingNoticeKind,
  audience: "customer" | "business",
  options: BookingNoticeOptions,
) {
  // A booking waiting for approval (new, or moved by the customer at a manual business)
  // says so: the customer waits, the business has to decide.
  const variant =
    (kind === "booked" || kind === "rescheduled") && facts.status === "pending"
      ? `${audience}Pending`
      : audience;
  return (locale: Locale): NoticeContent => {
    const customer = facts.customerName || facts.clientName || noticeText(locale, "someone");
    const values = {
      business: facts.businessName,
      services: facts.items.map((item) => pickLocale(item.name, locale)).join(", "),
      employee: facts.employeeName,
      customer,
      when: formatWhen(facts.startsAt, facts.timeZone, locale),
      previous: options.previousStartsAt
        ? formatWhen(options.previousStartsAt, facts.timeZone, locale)
        : "",
    };
    let body = noticeText(locale, `${kind}.${variant}.body`, values);
    if (options.reason) body += ` ${noticeText(locale, "reasonLine", { reason: options.reason })}`;
    const label = (key: string) => noticeText(locale, `details.${key}`);
    const where = facts.visitType === "home_visit" ? facts.visitAddress : facts.businessAddress;
    const details = [
      { label: label("business"), value: facts.businessName },
      { label: label("services"), value: values.services },
      { label: label("when"), value: values.when },
      { label: label("employee"), value: facts.employeeName },
      ...(audience === "business" ? [{ label: label("customer"), value: customer }] : []),
      ...(where ? [{ label: label("where"), value: where }] : []),
      {
        label: label("total"),
        value: formatMoney(facts.totalPriceMinor, facts.currency, locale),
      },
      ...(options.reason ? [{ label: label("reason"), value: options.reason }] : []),
    ];
    return {
      title: noticeText(locale, `${kind}.${variant}.title`, values),
      body,
      details,
      actionLabel: noticeText(
        locale,
        audience === "customer" ? "actions.viewBooking" : "actions.openCalendar",
      ),
    };
  };
}

/** The org's members who handle bookings (bookings.write), by user id. */
async function bookingManagers(tx: Executor, orgId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        inArray(memberships.role, [...PERMISSIONS["bookings.write"]]),
      ),
    );
  return rows.map((row) => row.userId);
}

/**
 * Tells the customer and the business about a booking change: the customer (their own
 * account, when the booking has one) and the business's booking managers plus the booked
 * employee's own user, minus whoever made the change on the business side. Runs in the
 * caller's transaction (tenant scope of the booking's org, or the system scope in jobs).
 */
export async function notifyBookingChange(
  tx: Executor,
  bookingId: string,
  kind: BookingNoticeKind,
  options: BookingNoticeOptions = {},
): Promise<void> {
  const facts = await loadNoticeFacts(tx, bookingId);
  if (!facts) return;
  const audiences = options.audiences ?? ["customer", "business"];
  if (audiences.includes("customer") && facts.customerId) {
    await notifyPeople(tx, {
      kind,
      recipients: [facts.customerId],
      compose: composer(facts, kind, "customer", options),
      link: customerBookingLink(bookingId),
      bookingId,
      channels: options.customerChannels,
    });
  }
  if (audiences.includes("business")) {
    const staff = options.employeeOnly
      ? [facts.employeeUserId]
      : [...(await bookingManagers(tx, facts.orgId)), facts.employeeUserId];
    const recipients = staff.filter(
      (userId) => userId && userId !== options.actorUserId && userId !== facts.customerId,
    );
    await notifyPeople(tx, {
      kind,
      recipients,
      compose: composer(facts, kind, "business", options),
      link: businessBookingLink(bookingId),
      orgId: facts.orgId,
      bookingId,
      channels: { email: facts.notifyEmail, push: facts.notifyPush },
    });
  }
}
