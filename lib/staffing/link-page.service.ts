import { NotFoundError } from "@/lib/errors";
import type { Answer } from "./requests.service";
import { findLinkTarget, inLinkOrg, type LinkRequestOptions } from "./link-page.queries";
import { ownRequestFilter, selectWorkRequestRows } from "./worker-requests.queries";
import type { TWorkAnswerResult } from "./worker-requests.schemas";
import {
  answerOwnRequest,
  type ClockResult,
  workerClockIn,
  workerClockOut,
} from "./worker-self.service";

/**
 * The link page's actions. The code names a worker and an event; the worker may answer or
 * clock in/out for any of their requests of that event (the page lists them all), never
 * for anything else (404).
 */

async function targetOf(code: string, options: LinkRequestOptions) {
  const target = await findLinkTarget(code, options);
  if (!target) throw new NotFoundError("staffing.work.linkNotFound");
  return target;
}

/** Yes or no from the link page, through the one answer state machine (channel sms_link). */
export async function answerFromLink(
  code: string,
  requestId: string,
  answer: Answer,
  options: LinkRequestOptions = {},
): Promise<TWorkAnswerResult> {
  const target = await targetOf(code, options);
  const now = options.now ?? new Date();
  return inLinkOrg(target, (tx) =>
    answerOwnRequest(
      tx,
      { requestId, workerId: target.workerId, eventId: target.eventId },
      answer,
      "sms_link",
      now,
    ),
  );
}

async function clockFromLink(
  code: string,
  requestId: string,
  options: LinkRequestOptions,
  clock: typeof workerClockIn | typeof workerClockOut,
): Promise<ClockResult> {
  const target = await targetOf(code, options);
  const now = options.now ?? new Date();
  return inLinkOrg(target, async (tx) => {
    const [own] = await selectWorkRequestRows(tx, {
      where: ownRequestFilter(requestId, target.workerId, target.eventId),
    });
    if (!own) throw new NotFoundError("staffing.work.requestNotFound");
    return clock(tx, requestId, now, { source: "worker-link" });
  });
}

export function clockInFromLink(
  code: string,
  requestId: string,
  options: LinkRequestOptions = {},
): Promise<ClockResult> {
  return clockFromLink(code, requestId, options, workerClockIn);
}

export function clockOutFromLink(
  code: string,
  requestId: string,
  options: LinkRequestOptions = {},
): Promise<ClockResult> {
  return clockFromLink(code, requestId, options, workerClockOut);
}
