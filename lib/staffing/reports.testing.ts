import type { RouteHandler } from "@/lib/api/route";
import {
  callTimes,
  eventStewards,
  events,
  laborRequests,
  laborRequirements,
  mealBreaks,
  timeEntries,
  workers,
} from "@/db/schema/staffing";
import { withSystemScope } from "@/lib/tenancy/scope";
import type { staffingOrg } from "./events.testing";
import { newRequestSecrets } from "./request-codes";

/**
 * Rows for report tests, inserted directly: reports read what the other modules' services
 * write, and these tests are about the reading. Counters that services keep (a requirement's
 * confirmed count, a worker's no-show and late-cancellation counts) are given explicitly.
 */

type Setup = Awaited<ReturnType<typeof staffingOrg>>;
type EventStatus = (typeof events.$inferInsert)["status"];
type RequestState = (typeof laborRequests.$inferInsert)["state"];

export function seeder(setup: Setup) {
  const orgId = setup.org.id;
  return {
    event: async (input: {
      name: string;
      startDate: string;
      endDate?: string;
      status?: EventStatus;
      steward?: boolean;
      withLocation?: boolean;
    }) =>
      withSystemScope(async (tx) => {
        const [event] = await tx
          .insert(events)
          .values({
            orgId,
            name: input.name,
            startDate: input.startDate,
            endDate: input.endDate ?? input.startDate,
            status: input.status ?? "active",
            locationId: input.withLocation === false ? null : setup.location.id,
          })
          .returning({ id: events.id });
        if (input.steward) {
          await tx
            .insert(eventStewards)
            .values({ orgId, eventId: event!.id, userId: setup.team.steward.user.id });
        }
        return event!.id;
      }),

    callTime: async (eventId: string, name: string, startsAt: string) =>
      withSystemScope(async (tx) => {
        const [row] = await tx
          .insert(callTimes)
          .values({ orgId, eventId, name, startsAt: new Date(startsAt) })
          .returning({ id: callTimes.id });
        return row!.id;
      }),

    requirement: async (
      callTimeId: string,
      input: {
        laborType?: "stagehand" | "rigger";
        needed: number;
        confirmed?: number;
        payRateMinor?: number | null;
      },
    ) =>
      withSystemScope(async (tx) => {
        const [row] = await tx
          .insert(laborRequirements)
          .values({
            orgId,
            callTimeId,
            laborTypeId: setup.laborTypes[input.laborType ?? "stagehand"].id,
            needed: input.needed,
            confirmedCount: input.confirmed ?? 0,
            payRateMinor: input.payRateMinor === undefined ? 2500 : input.payRateMinor,
          })
          .returning({ id: laborRequirements.id });
        return row!.id;
      }),

    worker: async (
      name: string,
      counters: { noCallNoShows?: number; lateCancellations?: number; active?: boolean } = {},
    ) =>
      withSystemScope(async (tx) => {
        const [row] = await tx
          .insert(workers)
          .values({
            orgId,
            name,
            noCallNoShowCount: counters.noCallNoShows ?? 0,
            lateCancellationCount: counters.lateCancellations ?? 0,
            active: counters.active ?? true,
          })
          .returning({ id: workers.id });
        return row!.id;
      }),

    request: async (
      requirementId: string,
      workerId: string,
      state: RequestState,
      times: {
        sentAt?: string;
        answeredAt?: string;
        confirmedAt?: string;
        canceledAt?: string;
      } = {},
    ) =>
      withSystemScope(async (tx) => {
        const date = (value?: string) => (value ? new Date(value) : undefined);
        const [row] = await tx
          .insert(laborRequests)
          .values({
            orgId,
            requirementId,
            workerId,
            state,
            ...newRequestSecrets(),
            sentAt: date(times.sentAt),
            answeredAt: date(times.answeredAt),
            confirmedAt: date(times.confirmedAt),
            canceledAt: date(times.canceledAt),
          })
          .returning({ id: laborRequests.id });
        return row!.id;
      }),

    shift: async (
      requestId: string,
      input: {
        in: string;
        out?: string;
        breaks?: { at: string; minutes: number; paid?: boolean }[];
      },
    ) =>
      withSystemScope(async (tx) => {
        const [entry] = await tx
          .insert(timeEntries)
          .values({
            orgId,
            requestId,
            signedInAt: new Date(input.in),
            signedOutAt: input.out ? new Date(input.out) : null,
          })
          .returning({ id: timeEntries.id });
        for (const item of input.breaks ?? []) {
          await tx.insert(mealBreaks).values({
            orgId,
            timeEntryId: entry!.id,
            startsAt: new Date(item.at),
            durationMinutes: item.minutes,
            paid: item.paid ?? false,
          });
        }
        return entry!.id;
      }),
  };
}

/** Calls a file route as Next would and reads the raw answer. */
export async function fetchFile(
  handler: RouteHandler,
  options: { id: string; token?: string; orgId?: string; query?: Record<string, string> },
) {
  const url = new URL("http://localhost/api/v1/test");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.orgId) headers["x-org-id"] = options.orgId;
  const response = await handler(new Request(url, { headers }), {
    params: Promise.resolve({ id: options.id }),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, text: bytes.toString("utf8") };
}
