import { inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { type BOOKING_NOTIFICATION_KINDS, userNotifications } from "@/db/schema/booking";
import { appUrl } from "@/lib/config/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getTranslator, type TranslationValues } from "@/lib/i18n/translator";
import { sendEmail, sendPush } from "@/lib/messaging";
import { announceInboxChange } from "./live";

export type NotificationKind = (typeof BOOKING_NOTIFICATION_KINDS)[number];

/** What one recipient reads, already in their language. */
export interface NoticeContent {
  title: string;
  body: string;
  /** Label/value lines the email shows under the body (service, when, with, …). */
  details?: { label: string; value: string }[];
  /** The email button's label ("View booking"). */
  actionLabel: string;
}

export interface NotifyPeopleInput {
  kind: NotificationKind;
  /** Users to tell, by id; repeats, nulls and deleted accounts are skipped. */
  recipients: readonly (string | null | undefined)[];
  /** Writes the notice in one language; called once per language among the recipients. */
  compose: (locale: Locale) => NoticeContent;
  /** Where the notice leads: an app path ("/account/bookings/…"). */
  link: string;
  /** The org whose business it concerns, for business members' rows; null for customers. */
  orgId?: string | null;
  bookingId?: string | null;
  /**
   * The business's own switches (businesses.notify_email / notify_push) when telling its
   * members; customers are told with both on. Each person's own settings apply on top.
   */
  channels?: { email: boolean; push: boolean };
  /** Recorded on the email/push messages (default: the booking). */
  related?: { type: string; id: string };
}

/**
 * Tells people about a marketplace event in each one's language (users.locale): an in-app
 * row in user_notifications, an email (users.notify_email, verified address) and a push
 * (users.notify_push), all in the caller's transaction so nothing is told about a change
 * that rolls back. Returns the ids of the people who got the in-app notice.
 *
 * Writing another person's inbox crosses the row-level security of user_notifications, so
 * that one step runs with the system flag, set and restored inside the caller's transaction.
 */
export async function notifyPeople(tx: Executor, input: NotifyPeopleInput): Promise<string[]> {
  const ids = [...new Set(input.recipients.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return [];
  const people = (
    await tx
      .select({
        id: users.id,
        email: users.email,
        emailVerifiedAt: users.emailVerifiedAt,
        locale: users.locale,
        notifyEmail: users.notifyEmail,
        notifyPush: users.notifyPush,
        deletedAt: users.deletedAt,
      })
      .from(users)
      .where(inArray(users.id, ids))
  ).filter((person) => !person.deletedAt);
  if (people.length === 0) return [];

  const composed = new Map<Locale, NoticeContent>();
  const contentFor = (locale: Locale) => {
    let content = composed.get(locale);
    if (!content) composed.set(locale, (content = input.compose(locale)));
    return content;
  };
  const channels = input.channels ?? { email: true, push: true };
  const related =
    input.related ?? (input.bookingId ? { type: "booking", id: input.bookingId } : undefined);
  const orgId = input.orgId ?? undefined;

  await asSystem(tx, () =>
    tx.insert(userNotifications).values(
      people.map((person) => {
        const content = contentFor(localeOf(person.locale));
        return {
          userId: person.id,
          orgId: input.orgId ?? null,
          kind: input.kind,
          title: content.title,
          body: content.body,
          link: input.link,
          bookingId: input.bookingId ?? null,
        };
      }),
    ),
  );

  for (const person of people) {
    const locale = localeOf(person.locale);
    const content = contentFor(locale);
    if (channels.email && person.notifyEmail && person.email && person.emailVerifiedAt) {
      await sendEmail(
        {
          to: person.email,
          template: "booking-notice",
          props: {
            subject: clip(content.title, 200),
            body: clip(content.body, 2000),
            details: (content.details ?? []).slice(0, 10).map((detail) => ({
              label: clip(detail.label, 100),
              value: clip(detail.value, 500),
            })),
            actionLabel: clip(content.actionLabel, 100),
            actionUrl: new URL(input.link, appUrl()).toString(),
          },
          locale,
          orgId,
          related,
        },
        tx,
      );
    }
    if (channels.push && person.notifyPush) {
      await sendPush(
        {
          userId: person.id,
          title: clip(content.title, 200),
          body: clip(content.body, 1000),
          url: input.link,
          template: `booking-${input.kind}`,
          locale,
          orgId,
          related,
        },
        tx,
      );
    }
  }
  const told = people.map((person) => person.id);
  await announceInboxChange(tx, told);
  return told;
}

/** A line of the `bookingNotices` messages in a language. */
export function noticeText(locale: Locale, key: string, values?: TranslationValues): string {
  return getTranslator(locale, "bookingNotices")(key, values);
}

/** Channels cap their texts (a push must stay small); a long reply is cut with an ellipsis. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function localeOf(value: string): Locale {
  return isLocale(value) ? value : "en";
}

/** Runs one step with the system flag on, restoring the scope the transaction had. */
async function asSystem<T>(tx: Executor, work: () => Promise<T>): Promise<T> {
  const [before] = await tx.execute<{ system: string | null }>(
    sql`select current_setting('app.system', true) as system`,
  );
  await tx.execute(sql`select set_config('app.system', 'on', true)`);
  const result = await work();
  await tx.execute(sql`select set_config('app.system', ${before?.system ?? ""}, true)`);
  return result;
}
