import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

/**
 * The texts of the notices a worker gets after a request was answered: confirmation,
 * cancellation, time change, reminder, event canceled. Pure: the caller loads the names and
 * instants, these build the words in the org's language (strings in
 * `lib/i18n/messages/staffing-notices.<locale>.json`, under `sms.staffingNotices`).
 *
 * English texts keep to the GSM-7 alphabet (plain hyphen, no typographic quotes) so a text
 * costs 160 characters per segment, not 70; Albanian needs ë, which is UCS-2 anyway.
 */

/** The SMS template names, as logged in `messages.template` for usage reports. */
export const NOTICE_TEMPLATES = {
  confirmed: "staffing-confirmed",
  canceled: "staffing-canceled",
  timeChange: "staffing-time-change",
  reminder: "staffing-reminder",
  eventCanceled: "staffing-event-canceled",
} as const;

export interface CallTimeNotice {
  locale: Locale;
  orgName: string;
  eventName: string;
  callTimeName: string;
  startsAt: Date;
  timeZone: string;
}

// Intl puts narrow and non-breaking spaces into some formats ("7:00 AM"); both would
// push a text out of GSM-7.
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0\u2009]/g, " ");

export function formatNoticeDate(instant: Date, locale: Locale, timeZone: string): string {
  return plainSpaces(
    new Intl.DateTimeFormat(locale, {
      weekday: "short",
      day: "numeric",
      month: "short",
      timeZone,
    }).format(instant),
  );
}

export function formatNoticeTime(instant: Date, locale: Locale, timeZone: string): string {
  return plainSpaces(
    new Intl.DateTimeFormat(locale, {
      hour: "numeric",
      minute: "2-digit",
      hourCycle: locale === "en" ? "h12" : "h23",
      timeZone,
    }).format(instant),
  );
}

/** An event's date (a calendar date with no zone, e.g. "2026-12-04"). */
export function formatEventDate(date: string, locale: Locale): string {
  return formatNoticeDate(new Date(`${date}T12:00:00Z`), locale, "UTC");
}

function callTimeValues(notice: CallTimeNotice) {
  return {
    org: notice.orgName,
    event: notice.eventName,
    callTime: notice.callTimeName,
    date: formatNoticeDate(notice.startsAt, notice.locale, notice.timeZone),
    time: formatNoticeTime(notice.startsAt, notice.locale, notice.timeZone),
  };
}

const sms = (locale: Locale) => getTranslator(locale, "sms");

/** "{Org}: You're confirmed for {event} - {call time} on {date} at {time}. Calendar: … Clock-in code: …" */
export function confirmedText(
  notice: CallTimeNotice,
  links: { calendarUrl: string; clockInUrl: string },
): string {
  return sms(notice.locale)("staffingNotices.confirmed", { ...callTimeValues(notice), ...links });
}

/** A manager took the worker off a call time they were confirmed or available for. */
export function canceledText(notice: CallTimeNotice): string {
  return sms(notice.locale)("staffingNotices.canceled", callTimeValues(notice));
}

export function timeChangeText(
  notice: CallTimeNotice,
  previousStartsAt: Date,
  answerUrl: string,
): string {
  const { date, time, ...values } = callTimeValues(notice);
  const sameDay =
    formatNoticeDate(previousStartsAt, notice.locale, notice.timeZone) === date ? "yes" : "no";
  return sms(notice.locale)("staffingNotices.timeChange", {
    ...values,
    date,
    time,
    sameDay,
    previousDate: formatNoticeDate(previousStartsAt, notice.locale, notice.timeZone),
    previousTime: formatNoticeTime(previousStartsAt, notice.locale, notice.timeZone),
    url: answerUrl,
  });
}

export function reminderText(notice: CallTimeNotice, clockInUrl: string): string {
  return sms(notice.locale)("staffingNotices.reminder", {
    ...callTimeValues(notice),
    url: clockInUrl,
  });
}

export function eventCanceledText(input: {
  locale: Locale;
  orgName: string;
  eventName: string;
  startDate: string;
}): string {
  return sms(input.locale)("staffingNotices.eventCanceled", {
    org: input.orgName,
    event: input.eventName,
    date: formatEventDate(input.startDate, input.locale),
  });
}

/**
 * The English line stored with a manager's notification (`staffing_notifications.message`),
 * for readers without the structured fields; screens build their own, translated, text.
 */
export function notificationFallback(
  kind: "available" | "confirmed" | "declined" | "canceled" | "time_change",
  names: { worker: string; event: string; callTime: string; laborType: string },
  detail?: string | null,
): string {
  const what = `${names.event} - ${names.callTime} (${names.laborType})`;
  switch (kind) {
    case "available":
      return `${names.worker} is available for ${what}.`;
    case "confirmed":
      return `${names.worker} confirmed for ${what}.`;
    case "declined":
      return `${names.worker} declined ${what}.`;
    case "canceled":
      return `${names.worker} did not answer in time and was withdrawn from ${what}.`;
    case "time_change":
      return `${names.worker} can't make the new time of ${what}.${detail ? ` "${detail}"` : ""}`;
  }
}
