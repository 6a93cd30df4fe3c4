import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { sq } from "date-fns/locale/sq";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

/**
 * The staffing texts workers receive (work requests, the consent question) and the replies
 * to their texts, in the org's language. Dates and times are shown in the event's zone.
 *
 * Kept to GSM-7 where the language allows (a plain hyphen, not an en dash; the date and time
 * formats avoid the narrow spaces `Intl` may put before AM/PM): a GSM-7 text fits 160
 * characters in one segment, a single other character makes it UCS-2 and 70 per segment.
 */

export interface TextSender {
  locale: Locale;
  orgName: string;
  /** staffing_settings.sms_sender_name, shown before the org's name when set. */
  senderName: string | null;
}

export interface CallTimeForText {
  id: string;
  name: string;
  startsAt: Date;
}

export interface EventForText {
  name: string;
  timeZone: string;
}

function from(sender: TextSender): string {
  const senderName = sender.senderName?.trim();
  return senderName ? `${senderName}/${sender.orgName}` : sender.orgName;
}

const t = (locale: Locale) => getTranslator(locale, "staffingSms");

/** "Fri, Dec 4" and "7:00 AM" in English; "pre, 4 dhj" and "07:00" in Albanian. */
export function formatCallTimeStart(
  startsAt: Date,
  timeZone: string,
  locale: Locale,
): { date: string; time: string } {
  const zoned = new TZDate(startsAt.getTime(), timeZone);
  if (locale === "sq") {
    return {
      date: format(zoned, "EEE, d MMM", { locale: sq }).toLowerCase(),
      time: format(zoned, "HH:mm"),
    };
  }
  return { date: format(zoned, "EEE, MMM d"), time: format(zoned, "h:mm a") };
}

/**
 * One text per worker per event: "{Sender}/{Org}: Are you available for {event} - {call
 * time} on {date} at {time}? Answer: {link}". When the worker is asked for several call
 * times of the event, the text names how many and the first one; the link's page lists them
 * all. Two requirements of one call time are one call time here.
 */
export function requestText(
  sender: TextSender,
  event: EventForText,
  callTimes: CallTimeForText[],
  link: string,
): string {
  const distinct = [...new Map(callTimes.map((callTime) => [callTime.id, callTime])).values()].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime(),
  );
  const first = distinct[0];
  if (!first) throw new RangeError("A request text needs at least one call time");
  const when = formatCallTimeStart(first.startsAt, event.timeZone, sender.locale);
  const values = { from: from(sender), event: event.name, link, ...when };
  return distinct.length === 1
    ? t(sender.locale)("request", { ...values, callTime: first.name })
    : t(sender.locale)("requestSeveral", { ...values, count: distinct.length });
}

/** The one-time question before any work request: YES to receive them, STOP to opt out. */
export function consentText(sender: TextSender): string {
  return t(sender.locale)("consent", { from: from(sender) });
}

export function consentGrantedText(sender: TextSender): string {
  return t(sender.locale)("consentGranted", { from: from(sender) });
}

/** The reply to a YES/NO text, by the state the answer led to. */
export function answerReplyText(
  sender: TextSender,
  state: "available" | "declined",
  event: EventForText,
  callTime: CallTimeForText,
): string {
  return t(sender.locale)(state, {
    from: from(sender),
    event: event.name,
    callTime: callTime.name,
  });
}

/** A YES/NO that cannot tell which request it answers: the links to answer each event's. */
export function severalOpenText(sender: TextSender, count: number, links: string[]): string {
  return t(sender.locale)("severalOpen", { from: from(sender), count, links: links.join(" ") });
}
