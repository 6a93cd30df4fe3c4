import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { businesses, employees, ratings } from "@/db/schema/booking";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator, type TranslationValues } from "@/lib/i18n/translator";
import { PERMISSIONS } from "@/lib/tenancy/permissions";
import { withSystemScope } from "@/lib/tenancy/scope";
import { publicName } from "./community.schemas";
import { notifyPeople } from "./notify";

/** Where each side reads a rating (pages of the customer's account and the dashboard). */
export const customerRatingLink = (ratingId: string) => `/account/ratings?rating=${ratingId}`;
export const businessRatingLink = (ratingId: string) =>
  `/manage/bookings/ratings?rating=${ratingId}`;

const text = (locale: Locale, key: string, values?: TranslationValues) =>
  getTranslator(locale, "bookingCommunityNotices")(key, values);

/** The rating as the notices tell it, read in the caller's transaction (it may be uncommitted). */
async function ratingFacts(tx: Executor, ratingId: string) {
  const [row] = await tx
    .select({
      id: ratings.id,
      orgId: ratings.orgId,
      score: ratings.score,
      comment: ratings.comment,
      customerId: ratings.customerId,
      customerName: users.name,
      businessName: businesses.name,
      notifyEmail: businesses.notifyEmail,
      notifyPush: businesses.notifyPush,
      employeeName: employees.name,
      employeeUserId: employees.userId,
    })
    .from(ratings)
    .innerJoin(businesses, eq(businesses.id, ratings.businessId))
    .innerJoin(users, eq(users.id, ratings.customerId))
    .leftJoin(employees, eq(employees.id, ratings.employeeId))
    .where(eq(ratings.id, ratingId));
  return row ?? null;
}

/**
 * The business's side: members who handle bookings, and the rated employee's own account.
 * Memberships are the org's rows, out of a customer's sight, so this one read runs in the
 * system scope (it needs nothing uncommitted).
 */
export async function businessRecipients(orgId: string, employeeUserId: string | null) {
  const managers = await withSystemScope((tx) =>
    tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.orgId, orgId),
          inArray(memberships.role, [...PERMISSIONS["bookings.write"]]),
        ),
      ),
  );
  return [...managers.map((row) => row.userId), employeeUserId];
}

export type RatingNotice =
  | { kind: "rated"; ratingId: string }
  | { kind: "replied"; ratingId: string; from: "business" | "customer"; body: string };

/**
 * Tells the other side about a new rating or a reply, in each recipient's language, through
 * the bookings module's notifyPeople (in-app, email, push; the business's switches apply to
 * its members). In the caller's transaction: nothing is told about a change that rolls back.
 */
export async function notifyRatingEvent(tx: Executor, notice: RatingNotice): Promise<void> {
  const facts = await ratingFacts(tx, notice.ratingId);
  if (!facts) return;
  const customer = publicName(facts.customerName);
  const target = facts.employeeName ?? facts.businessName;
  const businessChannels = { email: facts.notifyEmail, push: facts.notifyPush };

  if (notice.kind === "rated") {
    const recipients = (await businessRecipients(facts.orgId, facts.employeeUserId)).filter(
      (userId) => userId !== facts.customerId,
    );
    await notifyPeople(tx, {
      kind: "rated",
      recipients,
      orgId: facts.orgId,
      channels: businessChannels,
      link: businessRatingLink(facts.id),
      related: { type: "booking_rating", id: facts.id },
      compose: (locale) => ({
        title: text(locale, "rated.title", { business: facts.businessName }),
        body: text(locale, "rated.body", { customer, target, score: facts.score }),
        details: facts.comment
          ? [{ label: text(locale, "labels.comment"), value: facts.comment }]
          : [],
        actionLabel: text(locale, "actions.reply"),
      }),
    });
    return;
  }

  if (notice.from === "business") {
    await notifyPeople(tx, {
      kind: "replied",
      recipients: [facts.customerId],
      link: customerRatingLink(facts.id),
      related: { type: "booking_rating", id: facts.id },
      compose: (locale) => ({
        title: text(locale, "replied.toCustomer", { business: facts.businessName }),
        body: notice.body,
        actionLabel: text(locale, "actions.viewRating"),
      }),
    });
    return;
  }

  const recipients = (await businessRecipients(facts.orgId, facts.employeeUserId)).filter(
    (userId) => userId !== facts.customerId,
  );
  await notifyPeople(tx, {
    kind: "replied",
    recipients,
    orgId: facts.orgId,
    channels: businessChannels,
    link: businessRatingLink(facts.id),
    related: { type: "booking_rating", id: facts.id },
    compose: (locale) => ({
      title: text(locale, "replied.toBusiness", { customer, target }),
      body: notice.body,
      actionLabel: text(locale, "actions.reply"),
    }),
  });
}
