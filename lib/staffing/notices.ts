import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations } from "@/db/schema";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  locations,
  workerPhones,
  workers,
} from "@/db/schema/staffing";
import { appUrl } from "@/lib/config/env";
import { RateLimitError, ValidationError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getLogger } from "@/lib/logging/logger";
import { sendSms } from "@/lib/messaging";
import {
  type CallTimeNotice,
  canceledText,
  confirmedText,
  eventCanceledText,
  NOTICE_TEMPLATES,
  reminderText,
  timeChangeText,
} from "./notice-texts";

/**
 * The texts that follow a request's transitions (workflows 4 and 6), queued with
 * `sendSms` in the transaction that makes the transition: a rolled-back confirmation sends
 * nothing, a committed one always has its text. Workers who replied STOP are skipped here;
 * a number on the opt-out list is logged as failed by `sendSms` itself.
 *
 * A text that cannot go out (the daily SMS cap, a number that is no longer valid) never
 * undoes the transition: it runs in a savepoint, is logged, and the change stands.
 */

export interface RequestNoticeRow extends CallTimeNotice {
  requestId: string;
  orgId: string;
  workerId: string;
  phone: string | null;
  stopped: boolean;
  shortCode: string;
}

/** The link a text gives for a request: its page, or one of the pages below it. */
export function requestLink(shortCode: string, page?: "calendar.ics" | "time-change"): string {
  return `${appUrl()}/r/${shortCode}${page ? `/${page}` : ""}`;
}

/** Everything a text about these requests needs, in one query (any org the scope sees). */
export async function loadRequestNotices(
  tx: Executor,
  requestIds: string[],
): Promise<RequestNoticeRow[]> {
  if (requestIds.length === 0) return [];
  const rows = await tx
    .select({
      requestId: laborRequests.id,
      orgId: laborRequests.orgId,
      workerId: workers.id,
      phone: workerPhones.phone,
      consent: workers.smsConsent,
      shortCode: laborRequests.shortCode,
      orgName: organizations.name,
      orgLocale: organizations.locale,
      orgZone: organizations.timeZone,
      locationZone: locations.timeZone,
      eventName: events.name,
      callTimeName: callTimes.name,
      startsAt: callTimes.startsAt,
    })
    .from(laborRequests)
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(
      workerPhones,
      and(eq(workerPhones.workerId, workers.id), eq(workerPhones.isPrimary, true)),
    )
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(events, eq(events.id, callTimes.eventId))
    .innerJoin(organizations, eq(organizations.id, laborRequests.orgId))
    .leftJoin(locations, eq(locations.id, events.locationId))
    .where(inArray(laborRequests.id, requestIds));
  return rows.map((row) => ({
    requestId: row.requestId,
    orgId: row.orgId,
    workerId: row.workerId,
    phone: row.phone,
    stopped: row.consent === "stopped",
    shortCode: row.shortCode,
    locale: orgLocale(row.orgLocale),
    orgName: row.orgName,
    eventName: row.eventName,
    callTimeName: row.callTimeName,
    startsAt: row.startsAt,
    timeZone: row.locationZone ?? row.orgZone ?? "UTC",
  }));
}

export function orgLocale(locale: string): Locale {
  return isLocale(locale) ? locale : "en";
}

export interface NoticeRecipient {
  orgId: string;
  workerId: string;
  phone: string | null;
  stopped: boolean;
  locale: Locale;
}

/**
 * Queues one text; false when it was not queued (stopped worker, no phone, opted out, cap
 * reached, bad number); a refused text leaves the caller's work intact.
 */
export async function sendNotice(
  tx: Executor,
  recipient: NoticeRecipient,
  text: { body: string; template: string; related: { type: string; id: string } },
): Promise<boolean> {
  if (recipient.stopped || !recipient.phone) return false;
  try {
    // sendSms runs in its own savepoint of `tx`: when it throws, only its rows roll back.
    const result = await sendSms(
      {
        to: recipient.phone,
        body: text.body,
        template: text.template,
        locale: recipient.locale,
        orgId: recipient.orgId,
        related: text.related,
      },
      tx,
    );
    return result.status === "queued";
  } catch (error) {
    if (error instanceof RateLimitError || error instanceof ValidationError) {
      getLogger().warn(
        {
          err: error,
          template: text.template,
          orgId: recipient.orgId,
          workerId: recipient.workerId,
        },
        "staffing notice not sent",
      );
      return false;
    }
    throw error;
  }
}

const related = (row: RequestNoticeRow) => ({ type: "labor_request", id: row.requestId });

/** "You're confirmed for …" with the calendar link and the clock-in page, per request. */
export async function sendConfirmationNotices(tx: Executor, requestIds: string[]): Promise<void> {
  for (const row of await loadRequestNotices(tx, requestIds)) {
    await sendNotice(tx, row, {
      body: confirmedText(row, {
        calendarUrl: requestLink(row.shortCode, "calendar.ics"),
        clockInUrl: requestLink(row.shortCode),
      }),
      template: NOTICE_TEMPLATES.confirmed,
      related: related(row),
    });
  }
}

/** "You are no longer needed for …", after a manager canceled a confirmed or available worker. */
export async function sendCancellationNotices(tx: Executor, requestIds: string[]): Promise<void> {
  for (const row of await loadRequestNotices(tx, requestIds)) {
    await sendNotice(tx, row, {
      body: canceledText(row),
      template: NOTICE_TEMPLATES.canceled,
      related: related(row),
    });
  }
}

/** The new time with the link to answer it (`/r/{code}/time-change`). */
export async function sendTimeChangeNotices(
  tx: Executor,
  requestIds: string[],
  previousStartsAt: Date,
): Promise<void> {
  for (const row of await loadRequestNotices(tx, requestIds)) {
    await sendNotice(tx, row, {
      body: timeChangeText(row, previousStartsAt, requestLink(row.shortCode, "time-change")),
      template: NOTICE_TEMPLATES.timeChange,
      related: related(row),
    });
  }
}

export async function sendReminderNotice(tx: Executor, row: RequestNoticeRow): Promise<boolean> {
  return sendNotice(tx, row, {
    body: reminderText(row, requestLink(row.shortCode)),
    template: NOTICE_TEMPLATES.reminder,
    related: related(row),
  });
}

/**
 * One "… is canceled" text per worker of the event (not one per request: a worker asked
 * for three call times of a canceled event gets one text).
 */
export async function sendEventCanceledNotices(
  tx: Executor,
  event: { id: string; orgId: string; name: string; startDate: string },
  requestIds: string[],
): Promise<void> {
  const seen = new Set<string>();
  for (const row of await loadRequestNotices(tx, requestIds)) {
    if (seen.has(row.workerId)) continue;
    seen.add(row.workerId);
    await sendNotice(tx, row, {
      body: eventCanceledText({
        locale: row.locale,
        orgName: row.orgName,
        eventName: event.name,
        startDate: event.startDate,
      }),
      template: NOTICE_TEMPLATES.eventCanceled,
      related: { type: "staffing_event", id: event.id },
    });
  }
}
