import { and, asc, desc, eq, gt } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { organizations, users } from "@/db/schema";
import {
  callTimes,
  events,
  laborRequests,
  laborRequirements,
  laborTypes,
  locations,
  signInStations,
  timeEntries,
  workers,
} from "@/db/schema/staffing";
import { appUrl } from "@/lib/config/env";
import { ConflictError, GoneError, NotFoundError } from "@/lib/errors";
import { hashToken, randomToken } from "@/lib/identity/crypto";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { assertCan, type OrgContext } from "@/lib/tenancy";
import { withSystemScope, withTenant } from "@/lib/tenancy/scope";
import { assertEventAccess } from "./event-access";
import { normalizeShortCode } from "./link-page.queries";
import { announce } from "./live";
import type { StationScanResult, StationView, TCreatedStation, TStation } from "./stations.schemas";
import { workerClockIn, workerClockOut } from "./worker-self.service";
import { instantToZonedWallTime } from "./zoned-time";

/**
 * Workflow 9, sign-in stations: a manager (or the event's steward) opens a kiosk page for an
 * event's sign-in desk, valid 24 hours. The kiosk scans each worker's clock-in QR code (or
 * takes their short code typed in) and toggles them in or out, refusing anyone not
 * confirmed for that event. The kiosk has no account: its URL's token is the key, stored
 * only as a hash, like every other link secret.
 */

export const STATION_VALIDITY_MS = 24 * 60 * 60_000;
/**
 * A second scan this soon after a sign-in is the camera seeing the same code again, not the
 * worker leaving: it answers "already signed in" instead of signing them out.
 */
export const STATION_REPEAT_GUARD_MS = 2 * 60_000;

function stationDto(
  row: typeof signInStations.$inferSelect,
  creator: { id: string; name: string | null } | null,
): TStation {
  return {
    id: row.id,
    eventId: row.eventId,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    createdBy: creator,
  };
}

async function assertStationAccess(
  tx: Executor,
  context: OrgContext,
  eventId: string,
  write: boolean,
) {
  assertCan(context, "staffing.timesheets.write");
  await assertEventAccess(tx, context, eventId, write ? "staff" : "read");
}

/** Opens a station for 24 hours; the URL (with its token) is shown only in this answer. */
export async function createStation(
  context: OrgContext,
  eventId: string,
  now: Date = new Date(),
): Promise<TCreatedStation> {
  return withTenant(context, async (tx) => {
    await assertStationAccess(tx, context, eventId, true);
    const token = randomToken();
    const [row] = await tx
      .insert(signInStations)
      .values({
        orgId: context.orgId,
        eventId,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + STATION_VALIDITY_MS),
        createdBy: context.userId,
        createdAt: now,
      })
      .returning();
    await announce(tx, context.orgId, { kind: "event", eventId });
    const [creator] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(eq(users.id, context.userId));
    return { ...stationDto(row!, creator ?? null), url: `${appUrl()}/station/${token}` };
  });
}

/** The event's stations that still work, newest first. */
export async function listStations(
  context: OrgContext,
  eventId: string,
  now: Date = new Date(),
): Promise<TStation[]> {
  return withTenant(context, async (tx) => {
    await assertStationAccess(tx, context, eventId, false);
    const rows = await tx
      .select({ station: signInStations, creatorId: users.id, creatorName: users.name })
      .from(signInStations)
      .leftJoin(users, eq(users.id, signInStations.createdBy))
      .where(
        and(
          eq(signInStations.orgId, context.orgId),
          eq(signInStations.eventId, eventId),
          gt(signInStations.expiresAt, now),
        ),
      )
      .orderBy(desc(signInStations.createdAt), asc(signInStations.id));
    return rows.map((row) =>
      stationDto(row.station, row.creatorId ? { id: row.creatorId, name: row.creatorName } : null),
    );
  });
}

/** Closes a station at once (its kiosk page stops working). */
export async function deleteStation(
  context: OrgContext,
  stationId: string,
): Promise<{ id: string }> {
  return withTenant(context, async (tx) => {
    const [station] = await tx
      .select({ id: signInStations.id, eventId: signInStations.eventId })
      .from(signInStations)
      .where(and(eq(signInStations.orgId, context.orgId), eq(signInStations.id, stationId)));
    if (!station) throw new NotFoundError("staffing.stations.stationNotFound");
    try {
      await assertStationAccess(tx, context, station.eventId, false);
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw new NotFoundError("staffing.stations.stationNotFound");
      }
      throw error;
    }
    await tx.delete(signInStations).where(eq(signInStations.id, station.id));
    await announce(tx, context.orgId, { kind: "event", eventId: station.eventId });
    return { id: station.id };
  });
}

// ---------- the kiosk ----------

interface ActiveStation {
  id: string;
  orgId: string;
  eventId: string;
  expiresAt: Date;
}

export interface StationOptions {
  ip?: string | null;
  now?: Date;
}

/**
 * The station behind a kiosk URL: 404 for an unknown token, 410 once expired. The lookup by
 * the token's hash is the kiosk's one system-scope query; the rest runs in its org.
 */
async function activeStation(token: string, options: StationOptions): Promise<ActiveStation> {
  if (options.ip) await consumeRateLimit(RATE_LIMITS.stationPerIp, options.ip);
  const now = options.now ?? new Date();
  const [station] =
    token.length >= 20 && token.length <= 100
      ? await withSystemScope((tx) =>
          tx
            .select({
              id: signInStations.id,
              orgId: signInStations.orgId,
              eventId: signInStations.eventId,
              expiresAt: signInStations.expiresAt,
            })
            .from(signInStations)
            .where(eq(signInStations.tokenHash, hashToken(token))),
        )
      : [];
  if (!station) throw new NotFoundError("staffing.stations.stationNotFound");
  if (station.expiresAt.getTime() <= now.getTime()) {
    throw new GoneError("staffing.stations.stationExpired");
  }
  return station;
}

/**
 * What was scanned or typed, as a request secret: the clock-in QR code holds the page URL
 * (`…/r/{token}`), a worker may type the short code from their SMS (any case, with spaces).
 */
export function secretFromScan(scanned: string): string | null {
  const text = scanned.trim();
  const fromUrl = /\/r\/([\w-]+)/.exec(text);
  if (fromUrl) return fromUrl[1]!;
  const compact = text.replace(/[\s-]/g, "");
  if (/^[0-9A-Za-z]{10}$/.test(compact)) return normalizeShortCode(compact);
  if (/^[\w-]{20,100}$/.test(text)) return text;
  return null;
}

async function zoneOfEvent(tx: Transaction, eventId: string): Promise<string> {
  const [row] = await tx
    .select({ locationZone: locations.timeZone, orgZone: organizations.timeZone })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.orgId))
    .leftJoin(locations, eq(locations.id, events.locationId))
    .where(eq(events.id, eventId));
  return row?.locationZone ?? row?.orgZone ?? "UTC";
}

/** The worker's confirmed requests for the event, with their time entries. */
async function confirmedShifts(tx: Transaction, workerId: string, eventId: string) {
  return tx
    .select({
      requestId: laborRequests.id,
      startsAt: callTimes.startsAt,
      callTimeName: callTimes.name,
      laborType: laborTypes.name,
      workerName: workers.name,
      signedInAt: timeEntries.signedInAt,
      signedOutAt: timeEntries.signedOutAt,
      entryUpdatedAt: timeEntries.updatedAt,
    })
    .from(laborRequests)
    .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
    .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
    .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
    .innerJoin(workers, eq(workers.id, laborRequests.workerId))
    .leftJoin(timeEntries, eq(timeEntries.requestId, laborRequests.id))
    .where(
      and(
        eq(laborRequests.workerId, workerId),
        eq(callTimes.eventId, eventId),
        eq(laborRequests.state, "confirmed"),
      ),
    )
    .orderBy(asc(callTimes.startsAt));
}

/**
 * One scan at the kiosk. The code names a worker (through any of their requests); the
 * station then works on that worker's confirmed shift of its event: signed in → signs out,
 * else the next shift not started → signs in (late arrivals too: the desk is staffed). A
 * worker with no confirmed shift of the event is refused (409), an unknown code is a 404.
 */
export async function stationScan(
  stationToken: string,
  scanned: string,
  options: StationOptions = {},
): Promise<StationScanResult> {
  const now = options.now ?? new Date();
  const station = await activeStation(stationToken, options);
  const secret = secretFromScan(scanned);
  if (!secret) throw new NotFoundError("staffing.stations.codeNotFound");
  return withTenant({ orgId: station.orgId }, async (tx) => {
    const [scannedRequest] = await tx
      .select({ workerId: laborRequests.workerId, workerName: workers.name })
      .from(laborRequests)
      .innerJoin(workers, eq(workers.id, laborRequests.workerId))
      .where(
        and(
          eq(laborRequests.orgId, station.orgId),
          secret.length === 10
            ? eq(laborRequests.shortCode, secret)
            : eq(laborRequests.token, secret),
        ),
      );
    if (!scannedRequest) throw new NotFoundError("staffing.stations.codeNotFound");
    const shifts = await confirmedShifts(tx, scannedRequest.workerId, station.eventId);
    if (shifts.length === 0) {
      throw new ConflictError("staffing.stations.notConfirmed", {
        name: scannedRequest.workerName,
      });
    }
    const timeZone = await zoneOfEvent(tx, station.eventId);
    const wall = (instant: Date) => {
      const { date, time } = instantToZonedWallTime(instant, timeZone);
      return { iso: instant.toISOString(), date, time };
    };
    const describe = (shift: (typeof shifts)[number]) => ({
      worker: { name: shift.workerName },
      laborType: shift.laborType,
      callTime: { name: shift.callTimeName, time: wall(shift.startsAt).time },
    });

    const open = shifts.find((shift) => shift.signedInAt && !shift.signedOutAt);
    if (open) {
      const justIn =
        now.getTime() - open.entryUpdatedAt!.getTime() < STATION_REPEAT_GUARD_MS ||
        now.getTime() <= open.signedInAt!.getTime();
      if (justIn) return { result: "already_in", ...describe(open), at: wall(open.signedInAt!) };
      const out = await workerClockOut(tx, open.requestId, now, { source: "station" });
      return { result: "signed_out", ...describe(open), at: wall(out.signedOutAt!) };
    }
    const next = shifts
      .filter((shift) => !shift.signedInAt)
      .sort(
        (a, b) =>
          Math.abs(a.startsAt.getTime() - now.getTime()) -
          Math.abs(b.startsAt.getTime() - now.getTime()),
      )[0];
    if (next) {
      const clocked = await workerClockIn(
        tx,
        next.requestId,
        now,
        { source: "station" },
        { allowLate: true },
      );
      return { result: "signed_in", ...describe(next), at: wall(clocked.signedInAt) };
    }
    const last = shifts.at(-1)!;
    return { result: "already_out", ...describe(last), at: wall(last.signedOutAt!) };
  });
}

/** The kiosk page: the event, and who is in right now. */
export async function loadStation(
  stationToken: string,
  options: StationOptions = {},
): Promise<StationView> {
  const station = await activeStation(stationToken, options);
  return withTenant({ orgId: station.orgId }, async (tx) => {
    const [event] = await tx
      .select({ id: events.id, name: events.name, orgName: organizations.name })
      .from(events)
      .innerJoin(organizations, eq(organizations.id, events.orgId))
      .where(eq(events.id, station.eventId));
    const timeZone = await zoneOfEvent(tx, station.eventId);
    const confirmed = and(
      eq(laborRequests.orgId, station.orgId),
      eq(callTimes.eventId, station.eventId),
      eq(laborRequests.state, "confirmed"),
    );
    const rows = await tx
      .select({
        requestId: laborRequests.id,
        name: workers.name,
        laborType: laborTypes.name,
        signedInAt: timeEntries.signedInAt,
        signedOutAt: timeEntries.signedOutAt,
      })
      .from(laborRequests)
      .innerJoin(laborRequirements, eq(laborRequirements.id, laborRequests.requirementId))
      .innerJoin(laborTypes, eq(laborTypes.id, laborRequirements.laborTypeId))
      .innerJoin(callTimes, eq(callTimes.id, laborRequirements.callTimeId))
      .innerJoin(workers, eq(workers.id, laborRequests.workerId))
      .leftJoin(timeEntries, eq(timeEntries.requestId, laborRequests.id))
      .where(confirmed)
      .orderBy(desc(timeEntries.signedInAt), asc(workers.name));
    const signedIn = rows.filter((row) => row.signedInAt && !row.signedOutAt);
    return {
      status: "active",
      org: { name: event!.orgName },
      event: { id: event!.id, name: event!.name },
      expiresAt: station.expiresAt.toISOString(),
      timeZone,
      confirmedCount: rows.length,
      signedIn: signedIn.map((row) => ({
        requestId: row.requestId,
        name: row.name,
        laborType: row.laborType,
        time: instantToZonedWallTime(row.signedInAt!, timeZone).time,
      })),
      signedOutCount: rows.filter((row) => row.signedOutAt).length,
    };
  });
}
