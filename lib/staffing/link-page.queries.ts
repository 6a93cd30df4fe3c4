import { and, eq } from "drizzle-orm";
import { callTimes, laborRequests, laborRequirements } from "@/db/schema/staffing";
import type { Transaction } from "@/db/client";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { clockInQrSvg, shiftCalendar } from "./worker-calendar";
import {
  payRulesOf,
  requestPageUrl,
  selectWorkRequestRows,
  toWorkRequest,
} from "./worker-requests.queries";
import type { TWorkRequest } from "./worker-requests.schemas";

/**
 * Workflow 3, the public link page `/r/{code}`: no sign-in, the code is the key. An SMS
 * carries the 10-character short code, a QR code or calendar link the long token; either
 * opens the page of the worker behind it, for that request's event.
 *
 * Finding the request crosses tenants (nobody is signed in), so the lookup is one narrow
 * system-scope query by the secret; everything after it runs in the request's org. Every
 * lookup counts against a per-IP limit, so guessing codes stays slow.
 */

const SHORT_CODE = /^[0-9A-Za-z]{10}$/;
const TOKEN = /^[\w-]{20,100}$/;

export interface LinkTarget {
  requestId: string;
  orgId: string;
  workerId: string;
  eventId: string;
}

export interface LinkRequestOptions {
  /** The visitor's IP, for the rate limit (none in tests and scripts). */
  ip?: string | null;
  now?: Date;
}

/** Crockford base32 as people type it: any case, O for 0, I or L for 1. */
export function normalizeShortCode(code: string): string {
  return code.toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** The request a code or token names, or null; a 429 once the IP looked up too many. */
export async function findLinkTarget(
  code: string,
  options: LinkRequestOptions = {},
): Promise<LinkTarget | null> {
  if (options.ip) await consumeRateLimit(RATE_LIMITS.requestLinkPerIp, options.ip);
  return findRequestBySecret(code);
}

/** The lookup behind a link or a scan at a sign-in station (no rate limit of its own). */
export async function findRequestBySecret(code: string): Promise<LinkTarget | null> {
  const trimmed = code.trim();
  const byShortCode = SHORT_CODE.test(trimmed);
  if (!byShortCode && !TOKEN.test(trimmed)) return null;
  const [row] = await withSystemScope((tx) =>
    tx
      .select({
        requestId: laborRequests.id,
        orgId: laborRequests.orgId,
        workerId: laborRequests.workerId,
        eventId: callTimes.eventId,
      })
      .from(laborRequests)
      .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
      .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
      .where(
        byShortCode
          ? eq(laborRequests.shortCode, normalizeShortCode(trimmed))
          : eq(laborRequests.token, trimmed),
      )
      .limit(1),
  );
  return row ?? null;
}

/** Runs `work` in the target request's org. */
export function inLinkOrg<T>(
  target: LinkTarget,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return withTenant({ orgId: target.orgId }, work);
}

export interface LinkPage {
  /** The request the link was sent for. */
  requestId: string;
  org: { id: string; name: string };
  event: { id: string; name: string };
  worker: { id: string; name: string };
  /** The worker's requests for the event by what they wait for, each soonest first. */
  groups: {
    pending: TWorkRequest[];
    available: TWorkRequest[];
    confirmed: TWorkRequest[];
    /** Declined, canceled and no-shows: shown greyed. */
    closed: TWorkRequest[];
  };
  /** The clock-in QR code (SVG markup) of each confirmed request, by request id. */
  qrCodes: Record<string, string>;
}

/** Everything the link page shows, or null for an unknown code (the page answers 404). */
export async function loadLinkPage(
  code: string,
  options: LinkRequestOptions = {},
): Promise<LinkPage | null> {
  const target = await findLinkTarget(code, options);
  if (!target) return null;
  const now = options.now ?? new Date();
  const requests = await inLinkOrg(target, async (tx) =>
    (
      await selectWorkRequestRows(tx, {
        where: and(
          eq(laborRequests.workerId, target.workerId),
          eq(callTimes.eventId, target.eventId),
        ),
      })
    ).map((row) => toWorkRequest(row, now)),
  );
  const focus = requests.find((request) => request.id === target.requestId) ?? requests[0];
  if (!focus) return null;
  const confirmed = requests.filter((request) => request.state === "confirmed");
  const qrCodes = Object.fromEntries(
    await Promise.all(
      confirmed.map(async (request) => [request.id, await clockInQrSvg(request.links.page)]),
    ),
  );
  return {
    requestId: target.requestId,
    org: focus.org,
    event: { id: focus.event.id, name: focus.event.name },
    worker: focus.worker,
    groups: {
      pending: requests.filter((request) => request.state === "sent"),
      available: requests.filter((request) => request.state === "available"),
      confirmed,
      closed: requests.filter((request) =>
        ["declined", "canceled", "no_call_no_show"].includes(request.state),
      ),
    },
    qrCodes,
  };
}

async function confirmedRequestOf(code: string, options: LinkRequestOptions) {
  const target = await findLinkTarget(code, options);
  if (!target) return null;
  const now = options.now ?? new Date();
  const [row] = await inLinkOrg(target, (tx) =>
    selectWorkRequestRows(tx, { where: eq(laborRequests.id, target.requestId) }),
  );
  if (!row || row.state !== "confirmed") return null;
  return { row, request: toWorkRequest(row, now) };
}

/** The .ics of a confirmed request (null when unknown or not confirmed). */
export async function linkCalendar(
  code: string,
  options: LinkRequestOptions = {},
): Promise<{ filename: string; ics: string } | null> {
  const found = await confirmedRequestOf(code, options);
  if (!found) return null;
  const minimumMinutes = Math.round(payRulesOf(found.row).minimumHours * 60);
  return {
    filename: `shift-${found.request.callTime.date}.ics`,
    ics: shiftCalendar(found.request, minimumMinutes),
  };
}

/** The clock-in QR code of a confirmed request as SVG (null when unknown or not confirmed). */
export async function linkQrCode(
  code: string,
  options: LinkRequestOptions = {},
): Promise<string | null> {
  const found = await confirmedRequestOf(code, options);
  if (!found) return null;
  return clockInQrSvg(requestPageUrl(found.row.token));
}
