import { and, asc, desc, eq } from "drizzle-orm";
import { organizations } from "@/db/schema";
import {
  callTimeChanges,
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  locations,
  timeChangeAnswers,
  workerPhones,
  workers,
} from "@/db/schema/staffing";
import type { Locale } from "@/lib/i18n/config";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { assertCan, type OrgContext, withTenant } from "@/lib/tenancy";
import { withSystemScope } from "@/lib/tenancy/scope";
import { loadCallTime } from "./call-times.queries";
import { normalizeShortCode } from "./link-page.queries";
import { orgLocale } from "./notices";
import type { TTimeChangeAnswers, TTimeChangeAnswerValue } from "./notifications.schemas";

/**
 * The manager's view of the latest time change of a call time: who will be there, who
 * can't make it (with their messages) and who has not answered. Earlier changes' answers
 * are history: a worker answers the newest time only.
 */
export async function listTimeChangeAnswers(
  context: OrgContext,
  callTimeId: string,
): Promise<TTimeChangeAnswers> {
  assertCan(context, "staffing.read");
  return withTenant(context, async (tx) => {
    await loadCallTime(tx, context, callTimeId, "read");
    const [change] = await tx
      .select({
        id: callTimeChanges.id,
        previousStartsAt: callTimeChanges.previousStartsAt,
        newStartsAt: callTimeChanges.newStartsAt,
        createdAt: callTimeChanges.createdAt,
      })
      .from(callTimeChanges)
      .where(
        and(eq(callTimeChanges.orgId, context.orgId), eq(callTimeChanges.callTimeId, callTimeId)),
      )
      .orderBy(desc(callTimeChanges.createdAt), desc(callTimeChanges.id))
      .limit(1);
    const result: TTimeChangeAnswers = {
      change: change
        ? {
            id: change.id,
            previousStartsAt: change.previousStartsAt.toISOString(),
            newStartsAt: change.newStartsAt.toISOString(),
            createdAt: change.createdAt.toISOString(),
          }
        : null,
      confirmed: [],
      cantMakeIt: [],
      noAnswer: [],
    };
    if (!change) return result;
    const rows = await tx
      .select({
        answerId: timeChangeAnswers.id,
        requestId: laborRequests.id,
        requestState: laborRequests.state,
        workerId: workers.id,
        workerName: workers.name,
        phone: workerPhones.phone,
        laborType: laborTypes.name,
        answer: timeChangeAnswers.answer,
        message: timeChangeAnswers.message,
        answeredAt: timeChangeAnswers.answeredAt,
      })
      .from(timeChangeAnswers)
      .innerJoin(laborRequests, eq(laborRequests.id, timeChangeAnswers.requestId))
      .innerJoin(workers, eq(workers.id, laborRequests.workerId))
      .leftJoin(
        workerPhones,
        and(eq(workerPhones.workerId, workers.id), eq(workerPhones.isPrimary, true)),
      )
      .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
      .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
      .where(
        and(eq(timeChangeAnswers.orgId, context.orgId), eq(timeChangeAnswers.changeId, change.id)),
      )
      .orderBy(asc(workers.name), asc(timeChangeAnswers.id));
    for (const row of rows) {
      const item = {
        answerId: row.answerId,
        requestId: row.requestId,
        requestState: row.requestState,
        worker: { id: row.workerId, name: row.workerName, phone: row.phone },
        laborType: row.laborType,
        message: row.message,
        answeredAt: row.answeredAt?.toISOString() ?? null,
      };
      if (row.answer === "confirmed") result.confirmed.push(item);
      else if (row.answer === "cant_make_it") result.cantMakeIt.push(item);
      else result.noAnswer.push(item);
    }
    return result;
  });
}

/** What the public time-change page shows for one link. */
export interface TimeChangeForLink {
  orgId: string;
  answerId: string;
  locale: Locale;
  orgName: string;
  eventName: string;
  callTimeName: string;
  timeZone: string;
  previousStartsAt: Date;
  newStartsAt: Date;
  /** The call time's start now (a later change may have moved it again). */
  startsAt: Date;
  /** The call time has started: nothing is left to answer. */
  started: boolean;
  answer: TTimeChangeAnswerValue | null;
  message: string | null;
  requestState: (typeof laborRequests.$inferSelect)["state"];
}

const SHORT_CODE = /^[0-9A-Za-z]{10}$/;
const TOKEN = /^[\w-]{20,100}$/;

/**
 * The newest time change sent for the request behind a link (its short code, typed in any
 * case, or its long token), or null. Links carry no org, so this is a narrow system-scope
 * read of one request. With `ip`, the lookup counts against the same per-IP limit as the
 * request link page (a 429 past it), so codes cannot be guessed here either.
 */
export async function findTimeChangeForLink(
  code: string,
  options: { ip?: string | null; now?: Date } = {},
): Promise<TimeChangeForLink | null> {
  if (options.ip) await consumeRateLimit(RATE_LIMITS.requestLinkPerIp, options.ip);
  const trimmed = code.trim();
  const secret = SHORT_CODE.test(trimmed)
    ? eq(laborRequests.shortCode, normalizeShortCode(trimmed))
    : TOKEN.test(trimmed)
      ? eq(laborRequests.token, trimmed)
      : null;
  if (!secret) return null;
  return withSystemScope(async (tx) => {
    const [row] = await tx
      .select({
        orgId: timeChangeAnswers.orgId,
        answerId: timeChangeAnswers.id,
        orgLocale: organizations.locale,
        orgName: organizations.name,
        orgZone: organizations.timeZone,
        locationZone: locations.timeZone,
        eventName: events.name,
        callTimeName: callTimes.name,
        previousStartsAt: callTimeChanges.previousStartsAt,
        newStartsAt: callTimeChanges.newStartsAt,
        startsAt: callTimes.startsAt,
        answer: timeChangeAnswers.answer,
        message: timeChangeAnswers.message,
        requestState: laborRequests.state,
      })
      .from(laborRequests)
      .innerJoin(timeChangeAnswers, eq(timeChangeAnswers.requestId, laborRequests.id))
      .innerJoin(callTimeChanges, eq(callTimeChanges.id, timeChangeAnswers.changeId))
      .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
      .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
      .innerJoin(events, eq(events.id, callTimes.eventId))
      .innerJoin(organizations, eq(organizations.id, laborRequests.orgId))
      .leftJoin(locations, eq(locations.id, events.locationId))
      .where(secret)
      .orderBy(desc(callTimeChanges.createdAt), desc(callTimeChanges.id))
      .limit(1);
    if (!row) return null;
    const { orgLocale: locale, orgZone, locationZone, ...rest } = row;
    return {
      ...rest,
      locale: orgLocale(locale),
      timeZone: locationZone ?? orgZone ?? "UTC",
      started: rest.startsAt.getTime() <= (options.now ?? new Date()).getTime(),
    };
  });
}
